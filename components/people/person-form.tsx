"use client";

import { useRouter } from "next/navigation";
import type { Action } from "@/lib/actions/safe-action";
import { INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS } from "@/lib/labels/workspace";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  action: Action<{ id: string }>;
  initial?: Record<string, string>;
  initialTags?: string[];
  personId?: string;
  submitLabel: string;
};

export function PersonForm({ action, initial = {}, initialTags = [], personId, submitLabel }: Props) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(action, initial, { onSuccess: (person) => router.push(`/people/${person.id}`) });
  const tags = state && !state.ok ? (values.tags ?? "").split(",").filter(Boolean) : initialTags;

  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      {personId ? <input type="hidden" name="personId" value={personId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required defaultValue={values.name} errors={errors.name} autoComplete="off" />
        <SelectField
          label="Role"
          name="role"
          required
          placeholder="Choose…"
          defaultValue={values.role ?? ""}
          errors={errors.role}
          options={Object.entries(PERSON_ROLE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Specialty"
          name="specialty"
          placeholder="Not set"
          defaultValue={values.specialty ?? ""}
          errors={errors.specialty}
          options={SPECIALTIES.map((s) => ({ value: s.id, label: s.label }))}
        />
        <TextField label="Department or division" name="department" defaultValue={values.department} errors={errors.department} />
        <TextField label="Institution" name="institution" defaultValue={values.institution} errors={errors.institution} />
        <TextField label="Email" name="email" type="email" defaultValue={values.email} errors={errors.email} autoComplete="off" />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Influence</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {Object.entries(INFLUENCE_TAG_LABELS).map(([value, label]) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="tags" value={value} defaultChecked={tags.includes(value)} className="h-5 w-5" />
              {label}
            </label>
          ))}
        </div>
        {errors.tags ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.tags.join(" ")}</p> : null}
      </fieldset>
      <TextField
        label="How we met"
        name="howWeMet"
        defaultValue={values.howWeMet}
        errors={errors.howWeMet}
        hint="e.g. Wards, September; intro through Dr. Ahmed"
      />
      <TextField
        label="One personal thing to remember"
        name="personalNote"
        defaultValue={values.personalNote}
        errors={errors.personalNote}
        hint="Family, a hobby, a trip: something to ask about next time."
      />
      <TextAreaField
        label="Private notes"
        name="privateNotes"
        rows={3}
        defaultValue={values.privateNotes}
        errors={errors.privateNotes}
        hint="Only you see these unless you share them with an advisor."
      />
      <div className="space-y-1">
        <label className="inline-flex min-h-11 items-center gap-2 font-medium">
          <input
            type="checkbox"
            name="isAList"
            defaultChecked={values.isAList === "on" || values.isAList === "yes"}
            className="h-5 w-5"
            aria-describedby={errors.isAList ? "isAList-error" : "isAList-hint"}
          />
          On my A-list
        </label>
        <p id="isAList-hint" className="text-sm text-slate-600 dark:text-slate-400">
          The 5 to 7 people who matter most this year.
        </p>
        {errors.isAList ? (
          <p id="isAList-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.isAList.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
