"use client";

import { useState } from "react";
import { setPlaybookProgram } from "@/lib/actions/openings/set-playbook-program";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** Step three starts with the program: one already on the list, or a new one filled in from the post. */
export function PlaybookProgramForm({
  playbookId,
  programs,
  suggested,
}: {
  playbookId: string;
  programs: { value: string; label: string }[];
  suggested: { name: string; institution: string };
}) {
  const { state, formAction, values, errors, formKey } = useActionForm(setPlaybookProgram, { programId: "new", ...suggested });
  const [choice, setChoice] = useState(values.programId || "new");
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="playbookId" value={playbookId} />
      <SelectField
        label="Which program is this?"
        name="programId"
        id={`program-${playbookId}`}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        errors={errors.programId}
        options={[{ value: "new", label: "Add it as a new program" }, ...programs]}
      />
      {choice === "new" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="Program name" name="name" id={`program-${playbookId}-name`} defaultValue={values.name} errors={errors.name} />
          <TextField
            label="Institution"
            name="institution"
            id={`program-${playbookId}-institution`}
            defaultValue={values.institution}
            errors={errors.institution}
          />
        </div>
      ) : null}
      <FormMessage state={state} />
      <SubmitButton>{choice === "new" ? "Add and continue" : "Continue"}</SubmitButton>
    </form>
  );
}
