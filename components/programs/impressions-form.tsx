"use client";

import { saveImpressions } from "@/lib/actions/programs/save-impressions";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = [
  ["liked", "What I liked"],
  ["concerns", "Concerns"],
  ["rankThoughts", "How I would rank it, and why"],
  ["peopleMet", "People I met"],
  ["whoToThank", "Who to thank"],
] as const;

/** Post-interview impressions: written while fresh, read again on the rank worksheet. */
export function ImpressionsForm({ programId, initial }: { programId: string; initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveImpressions, initial);
  return (
    <form key={formKey} action={formAction} className="space-y-3">
      <input type="hidden" name="programId" value={programId} />
      {FIELDS.map(([name, label]) => (
        <TextAreaField key={name} label={label} name={name} id={`impressions-${name}`} rows={2} defaultValue={values[name]} errors={errors[name]} />
      ))}
      <FormMessage state={state} />
      <SubmitButton>Save impressions</SubmitButton>
    </form>
  );
}
