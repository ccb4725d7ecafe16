"use client";

import { TargetStatementFields } from "@/components/targets/target-statement-fields";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { PLAN_B_LABELS } from "@/lib/labels/workspace";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function TargetForm({ initial }: { initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveTargets, { geoStance: "ANYWHERE", unsuccessfulCycles: "0", ...initial });
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      <TargetStatementFields values={values} errors={errors} specialtyPlaceholder="Choose one…" />
      <TextField
        label="Match cycles already tried in this specialty without matching"
        name="unsuccessfulCycles"
        type="number"
        min={0}
        max={20}
        inputMode="numeric"
        defaultValue={values.unsuccessfulCycles}
        errors={errors.unsuccessfulCycles}
      />
      <fieldset className="space-y-3 rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-600">
        <legend className="px-1 text-sm font-medium">Plan B (private)</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">Only you see this. Advisors see it only if you share it explicitly.</p>
        <SelectField
          label="If this cycle does not work out"
          name="planB"
          placeholder="Not decided"
          defaultValue={values.planB ?? ""}
          errors={errors.planB}
          options={Object.entries(PLAN_B_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          label="Details"
          name="planBDetail"
          defaultValue={values.planBDetail}
          errors={errors.planBDetail}
          hint="e.g. the specialty you would pivot to"
        />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton>Save targets</SubmitButton>
    </form>
  );
}
