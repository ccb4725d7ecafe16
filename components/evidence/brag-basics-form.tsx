"use client";

import { saveBragSheet } from "@/lib/actions/evidence/save-brag-sheet";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** What every writer's brag sheet shares: a CV link or highlights, and the personal statement draft. */
export function BragBasicsForm({ initial }: { initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveBragSheet, initial);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <TextField
        label="Link to your CV"
        name="cvUrl"
        type="url"
        inputMode="url"
        defaultValue={values.cvUrl}
        errors={errors.cvUrl}
        hint="A shared document or file link the writer can open."
      />
      <TextAreaField
        label="CV highlights"
        name="cvNotes"
        rows={4}
        defaultValue={values.cvNotes}
        errors={errors.cvNotes}
        hint="Scores, honours, publications: what a writer may want to mention."
      />
      <TextAreaField
        label="Personal statement draft"
        name="statementDraft"
        rows={8}
        defaultValue={values.statementDraft}
        errors={errors.statementDraft}
        hint="Rough is fine: it tells the writer the story their letter should support."
      />
      <FormMessage state={state} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
