"use client";

import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { updateMeetingPrep } from "@/lib/actions/meetings/update-meeting-prep";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

const PREP = [
  { name: "prepCv", label: "Updated CV ready to share" },
  { name: "prepGoals", label: "One paragraph on my goals (target specialty, why, where)" },
  { name: "prepQuestions", label: "2-3 questions written down" },
] as const;

export function MeetingPrepForm({ meetingId, initial }: { meetingId: string; initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(updateMeetingPrep, initial);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Preparation</legend>
        {PREP.map((p) => (
          <label key={p.name} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={p.name} defaultChecked={values[p.name] === "on"} className="h-5 w-5" />
            {p.label}
          </label>
        ))}
      </fieldset>
      <TextAreaField label="Questions" name="questions" rows={3} defaultValue={values.questions} errors={errors.questions} />
      <FormMessage state={state} />
      <SubmitButton>Save preparation</SubmitButton>
    </form>
  );
}

export function CompleteMeetingForm({ meetingId, today }: { meetingId: string; today: string }) {
  const { state, formAction, values, errors, formKey } = useActionForm(completeMeeting, { completedOn: today });
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField label="Met on" name="completedOn" type="date" defaultValue={values.completedOn} errors={errors.completedOn} />
      <TextAreaField label="Advice they gave" name="advice" rows={3} defaultValue={values.advice} errors={errors.advice} />
      <TextAreaField
        label="Action items, one per line"
        name="actionItems"
        rows={3}
        defaultValue={values.actionItems}
        errors={errors.actionItems}
        hint="What you will do because of this meeting. You'll be reminded to report back."
      />
      <TextField
        label="Report back by"
        name="reportBackOn"
        type="date"
        defaultValue={values.reportBackOn}
        errors={errors.reportBackOn}
        hint="Leave empty for three months from the meeting."
      />
      <FormMessage state={state} />
      <SubmitButton>Mark as done</SubmitButton>
    </form>
  );
}
