"use client";

import { saveFeedback } from "@/lib/actions/evidence/save-feedback";
import { FEEDBACK_SOURCE_LABELS } from "@/lib/labels/evidence";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Option = { value: string; label: string };
type Props = {
  feedbackId?: string;
  initial?: Record<string, string>;
  people: Option[];
  rotations: Option[];
  idPrefix: string;
  submitLabel: string;
};

/** Feedback worth quoting: who said it, when, their words, and where (a rotation or a line of context). */
export function FeedbackForm({ feedbackId, initial = {}, people, rotations, idPrefix, submitLabel }: Props) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveFeedback, { source: "IN_PERSON", ...initial });
  const f = (n: string) => `${idPrefix}-${n}`;
  return (
    <form key={state?.ok && !feedbackId ? `ok-${JSON.stringify(state.data ?? "")}` : formKey} action={formAction} noValidate className="space-y-3">
      {feedbackId ? <input type="hidden" name="feedbackId" value={feedbackId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Who said it"
          name="personId"
          id={f("personId")}
          placeholder="Choose…"
          defaultValue={values.personId ?? ""}
          errors={errors.personId}
          options={people}
        />
        <TextField label="When" name="receivedOn" id={f("receivedOn")} type="date" defaultValue={values.receivedOn} errors={errors.receivedOn} />
      </div>
      <TextAreaField
        label="Their words"
        name="quote"
        id={f("quote")}
        rows={3}
        defaultValue={values.quote}
        errors={errors.quote}
        hint="As close to verbatim as you can; a writer can quote it back."
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Rotation"
          name="rotationId"
          id={f("rotationId")}
          placeholder="Not tied to one"
          defaultValue={values.rotationId ?? ""}
          errors={errors.rotationId}
          options={rotations}
        />
        <SelectField
          label="How you got it"
          name="source"
          id={f("source")}
          defaultValue={values.source}
          errors={errors.source}
          options={Object.entries(FEEDBACK_SOURCE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextField
        label="Context"
        name="context"
        id={f("context")}
        defaultValue={values.context}
        errors={errors.context}
        hint="e.g. after I ran a family meeting on nights"
      />
      <FormMessage state={state} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
