"use client";

import { updateTouchpoint } from "@/lib/actions/plan/update-touchpoint";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function TouchpointForm({ touchpointKey, initial }: { touchpointKey: string; initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(updateTouchpoint, initial);
  const f = (n: string) => `tp-${touchpointKey}-${n}`;
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-2">
      <input type="hidden" name="key" value={touchpointKey} />
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField
          label="Status"
          name="status"
          id={f("status")}
          defaultValue={values.status}
          errors={errors.status}
          options={[
            { value: "PLANNED", label: "Planned" },
            { value: "DONE", label: "Done" },
            { value: "SKIPPED", label: "Skipped" },
          ]}
        />
        <TextField label="Date" name="onDate" id={f("onDate")} type="date" defaultValue={values.onDate} errors={errors.onDate} />
      </div>
      <TextAreaField label="Notes" name="notes" id={f("notes")} rows={2} defaultValue={values.notes} errors={errors.notes} />
      <FormMessage state={state} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
