"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formStateOf } from "@/components/ui/use-form-state";

export function PlanMeetingForm({ personId, defaultDate }: { personId: string; defaultDate: string }) {
  const router = useRouter();
  const [state, formAction] = useActionState(planMeeting, null);
  const { values, errors, formKey } = formStateOf(state, { kind: "INTRO", scheduledOn: defaultDate });
  useEffect(() => {
    if (state?.ok) router.push(`/meetings/${state.data.id}`);
  }, [state, router]);
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
