"use client";

import { useState } from "react";
import { setDecision } from "@/lib/actions/targets/set-decision";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Path = { to: string; target: string; why: string };

/** "I will pivot" says to what: one of the related paths, or another specialty, which becomes the new target. */
export function PivotForm({
  paths,
  specialties,
  submitLabel,
  current,
}: {
  paths: Path[];
  specialties: { value: string; label: string }[];
  submitLabel: string;
  current?: { pivotSpecialty: string; pivotPath: string };
}) {
  const { state, formAction, values, errors, formKey } = useActionForm(setDecision, current ?? {});
  const initial = paths.findIndex((p) => p.to === values.pivotPath && p.target === values.pivotSpecialty);
  const [choice, setChoice] = useState<string>(initial >= 0 ? String(initial) : values.pivotSpecialty ? "other" : paths.length ? "0" : "other");
  const chosen = choice === "other" ? null : paths[Number(choice)];
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="decision" value="PIVOT" />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Pivot to</legend>
        {paths.map((p, i) => (
          <label key={p.to} className="flex items-start gap-2">
            <input
              type="radio"
              name="choice"
              value={String(i)}
              checked={choice === String(i)}
              onChange={() => setChoice(String(i))}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>
              <span className="font-medium">{p.to}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{p.why}</span>
            </span>
          </label>
        ))}
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="choice" value="other" checked={choice === "other"} onChange={() => setChoice("other")} className="h-5 w-5" />
          <span className="font-medium">Another specialty</span>
        </label>
      </fieldset>
      {chosen ? (
        <>
          <input type="hidden" name="pivotSpecialty" value={chosen.target} />
          <input type="hidden" name="pivotPath" value={chosen.to} />
          {errors.pivotSpecialty ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.pivotSpecialty.join(" ")}</p> : null}
        </>
      ) : (
        <>
          <SelectField
            label="Specialty you will apply to"
            name="pivotSpecialty"
            placeholder="Choose one…"
            defaultValue={values.pivotSpecialty ?? ""}
            errors={errors.pivotSpecialty}
            options={specialties}
          />
          <TextField
            label="The path, in a few words (optional)"
            name="pivotPath"
            defaultValue={values.pivotPath}
            errors={errors.pivotPath}
            hint="e.g. Internal medicine, then a cardiology fellowship"
          />
        </>
      )}
      <FormMessage state={state} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
