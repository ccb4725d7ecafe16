"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { Action } from "@/lib/actions/safe-action";
import { OPENING_LEVEL_LABELS } from "@/lib/labels/board";
import { POST_KIND_LABELS, SOURCE_LABELS, detectPersonalCircumstances } from "@/lib/rules/board-rules";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function PostForm({
  action,
  cohortId,
  postId,
  initial,
  today,
  submitLabel,
}: {
  action: Action<{ id: string; cohortId: string }>;
  cohortId: string;
  postId?: string;
  initial: Record<string, string>;
  today: string;
  submitLabel: string;
}) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(
    action,
    { evidenceKind: "RUMOUR", heardOn: today, kind: "OPENING", ...initial },
    { onSuccess: (saved) => router.push(`/board/${saved.cohortId}/posts/${saved.id}`) },
  );
  const [kind, setKind] = useState(values.kind ?? "OPENING");
  const [evidence, setEvidence] = useState(values.evidenceKind ?? "RUMOUR");
  const [text, setText] = useState(`${values.title ?? ""}\n${values.body ?? ""}`);
  const personMatches = useMemo(() => detectPersonalCircumstances(text), [text]);

  return (
    <form
      key={formKey}
      action={formAction}
      noValidate
      className="space-y-4"
      onChange={(e) => {
        const form = e.currentTarget;
        setText(`${(form.elements.namedItem("title") as HTMLInputElement).value}\n${(form.elements.namedItem("body") as HTMLTextAreaElement).value}`);
      }}
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      {postId ? <input type="hidden" name="postId" value={postId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Kind of post"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          errors={errors.kind}
          options={opts(POST_KIND_LABELS)}
        />
        {kind === "OPENING" ? (
          <SelectField
            label="Position"
            name="openingLevel"
            placeholder="Choose…"
            defaultValue={values.openingLevel ?? ""}
            errors={errors.openingLevel}
            options={opts(OPENING_LEVEL_LABELS)}
          />
        ) : null}
        <SelectField
          label="Specialty"
          name="specialty"
          placeholder="Not specific"
          defaultValue={values.specialty ?? ""}
          errors={errors.specialty}
          options={SPECIALTIES.map((s) => ({ value: s.id, label: s.label }))}
        />
        <TextField label="Program" name="programName" defaultValue={values.programName} errors={errors.programName} />
        <TextField label="Institution" name="institution" defaultValue={values.institution} errors={errors.institution} />
        <TextField label="Location" name="location" defaultValue={values.location} errors={errors.location} hint="City and state" />
        <TextField label="PGY level" name="pgyLevel" defaultValue={values.pgyLevel} errors={errors.pgyLevel} hint="e.g. PGY-2" />
        <TextField
          label="Expected start"
          name="expectedStart"
          defaultValue={values.expectedStart}
          errors={errors.expectedStart}
          hint="e.g. January 2027, or as soon as possible"
        />
      </div>
      <TextField label="Title" name="title" defaultValue={values.title} errors={errors.title} hint="Name the position or the change." />
      <TextAreaField
        label="Details"
        name="body"
        rows={5}
        defaultValue={values.body}
        errors={errors.body}
        hint="Describe the position or the change, not the person who left."
      />
      <fieldset className="space-y-2 rounded-md border border-slate-300 p-3 dark:border-slate-600">
        <legend className="px-1 text-sm font-semibold">Evidence</legend>
        <div className="flex flex-wrap gap-4">
          {(["RUMOUR", "CONFIRMED"] as const).map((v) => (
            <label key={v} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="evidenceKind" value={v} checked={evidence === v} onChange={() => setEvidence(v)} className="h-5 w-5" />
              {v === "RUMOUR" ? "Rumour (heard second-hand)" : "Confirmed"}
            </label>
          ))}
        </div>
        {evidence === "RUMOUR" ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label="Heard on" name="heardOn" type="date" defaultValue={values.heardOn} errors={errors.heardOn} />
            <TextField
              label="How you heard it"
              name="heardHow"
              defaultValue={values.heardHow}
              errors={errors.heardHow}
              hint="e.g. a senior resident on nights"
            />
          </div>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label="Source"
              name="sourceType"
              placeholder="Choose…"
              defaultValue={values.sourceType ?? ""}
              errors={errors.sourceType}
              options={opts(SOURCE_LABELS)}
            />
            <TextField label="Confirmed on" name="confirmedOn" type="date" defaultValue={values.confirmedOn ?? today} errors={errors.confirmedOn} />
            <TextField label="Link (optional)" name="sourceLink" type="url" defaultValue={values.sourceLink} errors={errors.sourceLink} />
          </div>
        )}
      </fieldset>
      {personMatches.length || errors.acknowledgedPersonWarning ? (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">Describe the opening, not the person.</p>
          {personMatches.length ? (
            <p>This reads like it is about someone&apos;s private circumstances: {personMatches.map((m) => `"${m}"`).join(", ")}.</p>
          ) : null}
          <label className="mt-2 flex items-start gap-2">
            <input type="checkbox" name="acknowledgedPersonWarning" defaultChecked={values.acknowledgedPersonWarning === "on"} className="mt-1 h-5 w-5" />
            <span>I have checked: the post is about the position, and says nothing private about anyone.</span>
          </label>
          {errors.acknowledgedPersonWarning ? <p className="mt-1 font-medium">{errors.acknowledgedPersonWarning.join(" ")}</p> : null}
        </div>
      ) : null}
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
