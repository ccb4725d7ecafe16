"use client";

import { recordOverstep } from "@/lib/actions/programs/record-overstep";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { OVERSTEP_KIND_LABELS } from "@/lib/labels/messages";

/** Records a contact in which the program overstepped: when, what it was, the words used. */
export function OverstepForm({ programId, today }: { programId: string; today: string }) {
  // After a success the form starts empty again; after a failure it keeps what was typed.
  const { state, formAction, values, errors } = useActionForm(recordOverstep, { occurredOn: today, kind: "ASKED_RANKING" });
  const key = state?.ok ? `saved-${state.data.id}` : state ? JSON.stringify(state.values ?? {}) + state.message : "initial";
  return (
    <form key={key} action={formAction} className="space-y-3">
      <input type="hidden" name="programId" value={programId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="When" name="occurredOn" id="overstep-occurredOn" type="date" required defaultValue={values.occurredOn} errors={errors.occurredOn} />
        <SelectField
          label="What happened"
          name="kind"
          id="overstep-kind"
          defaultValue={values.kind}
          errors={errors.kind}
          options={Object.entries(OVERSTEP_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextAreaField
        label="What was said or written, quoted"
        name="said"
        id="overstep-said"
        rows={3}
        required
        defaultValue={values.said}
        errors={errors.said}
        hint="As close to the exact words as you can. Keep the original email or note as well."
      />
      <TextField label="Who said it (optional)" name="who" id="overstep-who" defaultValue={values.who} errors={errors.who} />
      <TextAreaField label="Notes (optional)" name="notes" id="overstep-notes" rows={2} defaultValue={values.notes} errors={errors.notes} />
      <FormMessage state={state} />
      <SubmitButton>Record it</SubmitButton>
    </form>
  );
}
