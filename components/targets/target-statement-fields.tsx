"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { GEO_STANCE_LABELS } from "@/lib/labels/workspace";
import { SPECIALTIES } from "@/lib/rules/specialties";

/** The target as a resident states it: one specialty and where they will train. Used by onboarding and /targets. */
export function TargetStatementFields({
  values,
  errors,
  specialtyPlaceholder,
}: {
  values: Record<string, string>;
  errors: Record<string, string[]>;
  specialtyPlaceholder: string;
}) {
  const [specialty, setSpecialty] = useState(values.specialty ?? "");
  const [stance, setStance] = useState(values.geoStance ?? "ANYWHERE");
  return (
    <>
      <SelectField
        label="Target specialty"
        name="specialty"
        placeholder={specialtyPlaceholder}
        value={specialty}
        onChange={(e) => setSpecialty(e.target.value)}
        errors={errors.specialty}
        hint="One specialty, said the same way to everyone. Faculty advocate hardest for a clear goal."
        options={SPECIALTIES.map((s) => ({ value: s.id, label: s.label }))}
      />
      {specialty === "other" ? (
        <TextField label="Which specialty?" name="specialtyOther" defaultValue={values.specialtyOther} errors={errors.specialtyOther} />
      ) : null}
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
    </>
  );
}
