"use client";

import { useActionState, useState } from "react";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { GEO_STANCE_LABELS, PLAN_B_LABELS } from "@/lib/labels/workspace";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formStateOf } from "@/components/ui/use-form-state";

export function TargetForm({ initial }: { initial: Record<string, string> }) {
  const [state, formAction] = useActionState(saveTargets, null);
  const { values, errors, formKey } = formStateOf(state, { geoStance: "ANYWHERE", unsuccessfulCycles: "0", ...initial });
  const [specialty, setSpecialty] = useState(values.specialty ?? "");
  const [stance, setStance] = useState(values.geoStance ?? "ANYWHERE");
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      <SelectField
        label="Target specialty"
        name="specialty"
        placeholder="Choose one…"
        value={specialty}
        onChange={(e) => setSpecialty(e.target.value)}
        errors={errors.specialty}
        hint="One specialty, said the same way to everyone. Faculty advocate hardest for a clear goal."
        options={SPECIALTIES.map((s) => ({ value: s.id, label: s.label }))}
      />
      {specialty === "other" ? <TextField label="Which specialty?" name="specialtyOther" defaultValue={values.specialtyOther} errors={errors.specialtyOther} /> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Where will you train?</legend>
        {Object.entries(GEO_STANCE_LABELS).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="geoStance" value={value} checked={stance === value} onChange={() => setStance(value)} className="h-5 w-5" />
            {label}
          </label>
        ))}
        {errors.geoStance ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.geoStance.join(" ")}</p> : null}
      </fieldset>
      {stance !== "ANYWHERE" ? (
        <TextField
          label={stance === "PREFER_REGION" ? "Region" : "City or state"}
          name="geoDetail"
          defaultValue={values.geoDetail}
          errors={errors.geoDetail}
          hint="Keep it the same in every conversation."
        />
      ) : null}
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
        <TextField label="Details" name="planBDetail" defaultValue={values.planBDetail} errors={errors.planBDetail} hint="e.g. the specialty you would pivot to" />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton>Save targets</SubmitButton>
    </form>
  );
}
