"use client";

import { saveWatchedProgram } from "@/lib/actions/openings/save-watched-program";
import { WATCH_CADENCES, WATCH_CADENCE_LABELS, WATCH_SOURCES, WATCH_SOURCE_LABELS } from "@/lib/labels/evidence";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { watchId?: string; initial?: Record<string, string>; specialties: { value: string; label: string }[]; idPrefix: string; submitLabel: string };

/** A program to watch for off-cycle vacancies: where to look, and how often. */
export function WatchForm({ watchId, initial = {}, specialties, idPrefix, submitLabel }: Props) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveWatchedProgram, {
    cadenceDays: "14",
    sources: "FREIDA,PROGRAM_WEBSITE,COHORT_BOARD",
    ...initial,
  });
  const chosen = new Set((values.sources ?? "").split(",").filter(Boolean));
  const f = (n: string) => `${idPrefix}-${n}`;
  return (
    <form key={state?.ok && !watchId ? `ok-${JSON.stringify(state.data ?? "")}` : formKey} action={formAction} noValidate className="space-y-3">
      {watchId ? <input type="hidden" name="watchId" value={watchId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Program name" name="name" id={f("name")} defaultValue={values.name} errors={errors.name} hint="e.g. Neurology Residency" />
        <TextField label="Institution" name="institution" id={f("institution")} defaultValue={values.institution} errors={errors.institution} />
        <SelectField
          label="Specialty"
          name="specialty"
          id={f("specialty")}
          placeholder="Not specific"
          defaultValue={values.specialty ?? ""}
          errors={errors.specialty}
          options={specialties}
        />
        <SelectField
          label="Remind me"
          name="cadenceDays"
          id={f("cadenceDays")}
          defaultValue={values.cadenceDays}
          errors={errors.cadenceDays}
          options={WATCH_CADENCES.map((c) => ({ value: String(c), label: WATCH_CADENCE_LABELS[c] }))}
        />
      </div>
      <TextField
        label="Vacancies page"
        name="url"
        id={f("url")}
        type="url"
        inputMode="url"
        defaultValue={values.url}
        errors={errors.url}
        hint="The program's open-positions page, if it has one."
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Where to look</legend>
        {WATCH_SOURCES.map((s) => (
          <label key={s} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="sources" value={s} defaultChecked={chosen.has(s)} className="h-5 w-5" />
            {WATCH_SOURCE_LABELS[s]}
          </label>
        ))}
        {errors.sources ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.sources.join(" ")}</p> : null}
      </fieldset>
      <TextAreaField
        label="Notes"
        name="notes"
        id={f("notes")}
        rows={2}
        defaultValue={values.notes}
        errors={errors.notes}
        hint="e.g. took two prelims into PGY-2 last year; coordinator is responsive"
      />
      <FormMessage state={state} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
