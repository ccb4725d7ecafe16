"use client";

import { useState } from "react";
import { saveProject } from "@/lib/actions/evidence/save-project";
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/labels/evidence";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Option = { value: string; label: string };
type Props = {
  projectId?: string;
  initial?: Record<string, string>;
  people: Option[];
  rotations: Option[];
  specialties: Option[];
  idPrefix: string;
  submitLabel: string;
};

/** Create or edit a project: what it is, its goal, who mentors it, where it stands and what came out of it. */
export function ProjectForm({ projectId, initial = {}, people, rotations, specialties, idPrefix, submitLabel }: Props) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveProject, { status: "PLANNED", ...initial });
  const [status, setStatus] = useState(values.status ?? "PLANNED");
  // A saved new project clears the form, the status picker with it (adjusting state during render, not in an effect).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok && !projectId) setStatus(initial.status ?? "PLANNED");
  }
  const f = (n: string) => `${idPrefix}-${n}`;
  return (
    <form key={state?.ok && !projectId ? `ok-${JSON.stringify(state.data ?? "")}` : formKey} action={formAction} noValidate className="space-y-3">
      {projectId ? <input type="hidden" name="projectId" value={projectId} /> : null}
      <TextField
        label="Title"
        name="title"
        id={f("title")}
        defaultValue={values.title}
        errors={errors.title}
        hint="e.g. Reducing missed sepsis handoffs on nights"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Kind"
          name="kind"
          id={f("kind")}
          placeholder="Choose…"
          defaultValue={values.kind ?? ""}
          errors={errors.kind}
          options={Object.entries(PROJECT_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Status"
          name="status"
          id={f("status")}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          errors={errors.status}
          options={Object.entries(PROJECT_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Mentor"
          name="mentorId"
          id={f("mentorId")}
          placeholder="Nobody yet"
          defaultValue={values.mentorId ?? ""}
          errors={errors.mentorId}
          options={people}
          hint={people.length ? undefined : "Add people to your map to name a mentor."}
        />
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
          label="Rotation"
          name="rotationId"
          id={f("rotationId")}
          placeholder="Not tied to one"
          defaultValue={values.rotationId ?? ""}
          errors={errors.rotationId}
          options={rotations}
        />
        <TextField label="Started on" name="startedOn" id={f("startedOn")} type="date" defaultValue={values.startedOn} errors={errors.startedOn} />
        <TextField label="Aim to finish by" name="targetOn" id={f("targetOn")} type="date" defaultValue={values.targetOn} errors={errors.targetOn} />
        {status === "COMPLETED" ? (
          <TextField
            label="Completed on"
            name="completedOn"
            id={f("completedOn")}
            type="date"
            defaultValue={values.completedOn}
            errors={errors.completedOn}
            hint="Defaults to today."
          />
        ) : null}
      </div>
      <TextAreaField
        label="Goal"
        name="goal"
        id={f("goal")}
        rows={2}
        defaultValue={values.goal}
        errors={errors.goal}
        hint="What it should change or show, in a sentence."
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Output"
          name="output"
          id={f("output")}
          defaultValue={values.output}
          errors={errors.output}
          hint="e.g. Poster at the regional ACP meeting"
        />
        <TextField
          label="Link to the output"
          name="outputUrl"
          id={f("outputUrl")}
          type="url"
          inputMode="url"
          defaultValue={values.outputUrl}
          errors={errors.outputUrl}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
