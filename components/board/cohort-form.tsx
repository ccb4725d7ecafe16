"use client";

import { useRouter } from "next/navigation";
import { createCohort } from "@/lib/actions/cohorts/create-cohort";
import { TRACK_LABELS, TRACKS } from "@/lib/labels/profile";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function CohortForm({ defaults }: { defaults: Record<string, string> }) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(createCohort, defaults, {
    onSuccess: (cohort) => router.push(`/board/${cohort.id}/members`),
  });
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <TextField label="Cohort name" name="name" defaultValue={values.name} errors={errors.name} hint="e.g. Prelim IM 2026-27, Mercy General" />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Program" name="programName" defaultValue={values.programName} errors={errors.programName} />
        <TextField label="Institution" name="institution" defaultValue={values.institution} errors={errors.institution} />
        <TextField label="Year the program year starts" name="year" type="number" inputMode="numeric" defaultValue={values.year} errors={errors.year} />
        <SelectField
          label="Track"
          name="track"
          defaultValue={values.track}
          errors={errors.track}
          options={TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] }))}
        />
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton>Create cohort</SubmitButton>
    </form>
  );
}
