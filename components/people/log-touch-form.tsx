"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { logTouch } from "@/lib/actions/touches/log-touch";
import { TOUCH_CHANNEL_LABELS, TOUCH_KIND_LABELS } from "@/lib/labels/workspace";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function LogTouchForm({
  personId,
  today,
  defaultKind,
  idPrefix = "touch",
}: {
  personId: string;
  today: string;
  defaultKind?: string;
  idPrefix?: string;
}) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(
    logTouch,
    { kind: defaultKind ?? "", channel: "IN_PERSON", occurredOn: today, followUpDays: "7" },
    // The action answers with the new touch's id only; the page it was logged on (the person, the dashboard's quick
    // touch) then reads its progress and due items again (docs/decisions/0012).
    { onSuccess: () => router.refresh() },
  );
  const [kind, setKind] = useState(values.kind ?? "");
  const [channel, setChannel] = useState(values.channel ?? "IN_PERSON");
  const f = (name: string) => `${idPrefix}-${name}`;
  return (
    <form key={state?.ok ? `ok-${state.data.id}` : formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="personId" value={personId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="What happened"
          name="kind"
          id={f("kind")}
          required
          placeholder="Choose…"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          errors={errors.kind}
          options={Object.entries(TOUCH_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="How"
          name="channel"
          id={f("channel")}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          errors={errors.channel}
          options={Object.entries(TOUCH_CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          label={kind === "CLINICAL_WORK" ? "Started on" : "Date"}
          name="occurredOn"
          id={f("occurredOn")}
          type="date"
          required
          defaultValue={values.occurredOn}
          errors={errors.occurredOn}
        />
      </div>
      {kind === "CLINICAL_WORK" ? (
        <TextField
          label="Working together ends on"
          name="endsOn"
          id={f("endsOn")}
          type="date"
          defaultValue={values.endsOn}
          errors={errors.endsOn}
          hint="A follow-up becomes due within 10 days after this date."
        />
      ) : null}
      <TextAreaField label="Notes" name="notes" id={f("notes")} rows={2} defaultValue={values.notes} errors={errors.notes} />
      {channel === "EMAIL" ? (
        <div className="flex flex-wrap items-end gap-4">
          <label className="inline-flex min-h-11 items-center gap-2 font-medium">
            <input type="checkbox" name="awaitingReply" defaultChecked={values.awaitingReply === "on"} className="h-5 w-5" />
            Awaiting a reply
          </label>
          <SelectField
            label="Follow up after"
            name="followUpDays"
            id={f("followUpDays")}
            defaultValue={values.followUpDays ?? "7"}
            errors={errors.followUpDays}
            options={[7, 8, 9, 10].map((d) => ({ value: String(d), label: `${d} days` }))}
          />
        </div>
      ) : null}
      {errors.awaitingReply ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.awaitingReply.join(" ")}</p> : null}
      <FormMessage state={state} />
      <SubmitButton pendingText="Logging…">Log touch</SubmitButton>
    </form>
  );
}
