"use client";

import { updateCycle } from "@/lib/actions/programs/update-cycle";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = [
  ["applicationsOpen", "Applications open"],
  ["rankListDeadline", "Rank list deadline"],
  ["matchWeekMonday", "Match Week Monday (SOAP starts)"],
  ["soapEnd", "SOAP ends"],
  ["matchDay", "Match Day"],
  ["trainingStart", "Training starts"],
] as const;

export function CycleForm({ cycleId, initial }: { cycleId: string; initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(updateCycle, initial);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="cycleId" value={cycleId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map(([name, label]) => (
          <TextField key={name} label={label} name={name} id={`${cycleId}-${name}`} type="date" defaultValue={values[name]} errors={errors[name]} />
        ))}
      </div>
      <FormMessage state={state} />
      <SubmitButton>Save calendar</SubmitButton>
    </form>
  );
}
