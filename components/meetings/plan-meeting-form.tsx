"use client";

import { useRouter } from "next/navigation";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function PlanMeetingForm({ personId, defaultDate }: { personId: string; defaultDate: string }) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(
    planMeeting,
    { kind: "INTRO", scheduledOn: defaultDate },
    { onSuccess: (meeting) => router.push(`/meetings/${meeting.id}`) },
  );
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="personId" value={personId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Meeting"
          name="kind"
          id="meeting-kind"
          defaultValue={values.kind}
          errors={errors.kind}
          options={[
            { value: "INTRO", label: "Intro meeting" },
            { value: "ADVICE", label: "Advice meeting" },
          ]}
        />
        <TextField label="Date" name="scheduledOn" id="meeting-date" type="date" defaultValue={values.scheduledOn} errors={errors.scheduledOn} />
      </div>
      <TextAreaField
        label="Your 2-3 questions"
        name="questions"
        id="meeting-questions"
        rows={3}
        defaultValue={values.questions}
        errors={errors.questions}
        hint="Ask for advice, not a job: what would make you a stronger applicant, who else to meet."
      />
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton>Plan meeting</SubmitButton>
    </form>
  );
}
