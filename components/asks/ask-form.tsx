"use client";

import { useState } from "react";
import type { Action } from "@/lib/actions/safe-action";
import { ASK_KIND_LABELS, ASK_STATUS_LABELS } from "@/lib/labels/workspace";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  action: Action<unknown>;
  people?: { id: string; name: string }[];
  personId?: string;
  askId?: string;
  initial?: Record<string, string>;
  submitLabel: string;
  idPrefix: string;
};

/** Create or edit an ask; with `people`, the person is chosen in the form. */
export function AskForm({ action, people, personId, askId, initial = {}, submitLabel, idPrefix }: Props) {
  const { state, formAction, values, errors, formKey } = useActionForm(action, { status: "PLANNED", fromPrelimYear: "on", ...initial });
  const [kind, setKind] = useState(values.kind ?? "");
  const f = (n: string) => `${idPrefix}-${n}`;
  return (
    <form key={state?.ok ? `ok-${JSON.stringify(state.data ?? "")}` : formKey} action={formAction} noValidate className="space-y-3">
      {askId ? <input type="hidden" name="askId" value={askId} /> : null}
      {personId ? <input type="hidden" name="personId" value={personId} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {people ? (
          <SelectField
            label="Person"
            name="personId"
            id={f("personId")}
            placeholder="Choose…"
            defaultValue={values.personId ?? ""}
            errors={errors.personId}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
          />
        ) : null}
        <SelectField
          label="Ask for"
          name="kind"
          id={f("kind")}
          placeholder="Choose…"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          errors={errors.kind}
          options={Object.entries(ASK_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Status"
          name="status"
          id={f("status")}
          defaultValue={values.status}
          errors={errors.status}
          options={Object.entries(ASK_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextField label="Planned for" name="plannedOn" id={f("plannedOn")} type="date" defaultValue={values.plannedOn} errors={errors.plannedOn} />
        <TextField
          label="Asked on"
          name="askedOn"
          id={f("askedOn")}
          type="date"
          defaultValue={values.askedOn}
          errors={errors.askedOn}
          hint="Defaults to today once asked."
        />
        <TextField label="Answer on" name="respondedOn" id={f("respondedOn")} type="date" defaultValue={values.respondedOn} errors={errors.respondedOn} />
      </div>
      {kind === "LETTER" ? (
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="fromPrelimYear" defaultChecked={values.fromPrelimYear === "on"} className="h-5 w-5" />
          From someone who knows my work this prelim year
        </label>
      ) : (
        <input type="hidden" name="fromPrelimYear" value={values.fromPrelimYear === "on" ? "on" : ""} />
      )}
      <TextAreaField label="Notes" name="notes" id={f("notes")} rows={2} defaultValue={values.notes} errors={errors.notes} />
      <FormMessage state={state} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
