"use client";

import { useRouter } from "next/navigation";
import type { Action } from "@/lib/actions/safe-action";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { PROGRAM_STATUS_LABELS, PROGRAM_TYPE_LABELS, TRI_STATE_LABELS, VISA_SPONSORSHIP_LABELS } from "@/lib/labels/programs";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function ProgramForm({
  action,
  initial = {},
  programId,
  submitLabel,
}: {
  action: Action<{ id: string }>;
  initial?: Record<string, string>;
  programId?: string;
  submitLabel: string;
}) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(
    action,
    {
      programType: "CATEGORICAL",
      participatesInMatch: "on",
      visaSponsorship: "UNKNOWN",
      imgFriendly: "UNKNOWN",
      postInterviewCommunication: "UNKNOWN",
      status: "RESEARCHING",
      ...initial,
    },
    { onSuccess: (saved) => router.push(`/programs/${saved.id}`) },
  );
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      {programId ? <input type="hidden" name="programId" value={programId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Program name" name="name" required defaultValue={values.name} errors={errors.name} hint="e.g. Internal Medicine Residency" />
        <TextField label="Institution" name="institution" required defaultValue={values.institution} errors={errors.institution} />
        <TextField label="City" name="city" defaultValue={values.city} errors={errors.city} />
        <TextField label="State" name="state" defaultValue={values.state} errors={errors.state} />
        <SelectField
          label="Specialty"
          name="specialty"
          placeholder="Not set"
          defaultValue={values.specialty ?? ""}
          errors={errors.specialty}
          options={SPECIALTIES.map((s) => ({ value: s.id, label: s.label }))}
        />
        <SelectField
          label="Program type"
          name="programType"
          defaultValue={values.programType}
          errors={errors.programType}
          options={opts(PROGRAM_TYPE_LABELS)}
        />
        <TextField
          label="NRMP program code"
          name="nrmpCode"
          defaultValue={values.nrmpCode}
          errors={errors.nrmpCode}
          hint="9 characters, e.g. 1234140C0"
          autoCapitalize="characters"
        />
        <SelectField
          label="Visa sponsorship"
          name="visaSponsorship"
          defaultValue={values.visaSponsorship}
          errors={errors.visaSponsorship}
          options={opts(VISA_SPONSORSHIP_LABELS)}
        />
        <SelectField label="IMG-friendly" name="imgFriendly" defaultValue={values.imgFriendly} errors={errors.imgFriendly} options={opts(TRI_STATE_LABELS)} />
        <SelectField
          label="Accepts post-interview communication"
          name="postInterviewCommunication"
          defaultValue={values.postInterviewCommunication}
          errors={errors.postInterviewCommunication}
          options={opts(TRI_STATE_LABELS)}
          hint="If the program said it wants no contact after interviews, choose No: we will hold you to it."
        />
        <SelectField label="Status" name="status" defaultValue={values.status} errors={errors.status} options={opts(PROGRAM_STATUS_LABELS)} />
        <TextField label="Interview date" name="interviewDate" type="date" defaultValue={values.interviewDate} errors={errors.interviewDate} />
        <TextField
          label="Interviewer"
          name="interviewer"
          defaultValue={values.interviewer}
          errors={errors.interviewer}
          hint="The person your thank-you addresses, e.g. Dr. Alvarez."
        />
      </div>
      <label className="inline-flex min-h-11 items-center gap-2">
        <input type="checkbox" name="participatesInMatch" defaultChecked={values.participatesInMatch === "on"} className="h-5 w-5" />
        Participates in the NRMP Match
      </label>
      <TextAreaField label="Notes" name="notes" rows={3} defaultValue={values.notes} errors={errors.notes} />
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
