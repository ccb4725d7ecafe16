"use client";

import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function LogEntryForm({ today }: { today: string }) {
  const { state, formAction, values, errors, formKey } = useActionForm(addLogEntry, { occurredOn: today });
  return (
    <form key={state?.ok ? `ok-${state.data.id}` : formKey} action={formAction} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextField label="Date" name="occurredOn" type="date" defaultValue={values.occurredOn} errors={errors.occurredOn} />
        <TextField label="Rotation or service" name="service" defaultValue={values.service} errors={errors.service} />
        <TextField label="Key faculty" name="faculty" defaultValue={values.faculty} errors={errors.faculty} />
        <TextField label="Action taken" name="action" defaultValue={values.action} errors={errors.action} />
        <TextField label="Next step" name="nextStep" defaultValue={values.nextStep} errors={errors.nextStep} />
      </div>
      <FormMessage state={state} />
      <SubmitButton>Add row</SubmitButton>
    </form>
  );
}
