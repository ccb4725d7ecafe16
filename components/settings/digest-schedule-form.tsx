"use client";

import { useEffect, useMemo } from "react";
import { saveDigestSchedule } from "@/lib/actions/plan/save-digest-schedule";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { DIGEST_WEEKDAYS, type DigestSchedule } from "@/lib/rules/digest-schedule";

const WEEKDAY_OPTIONS = DIGEST_WEEKDAYS.map((label, value) => ({ value: String(value), label }));
const HOUR_OPTIONS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

/** Day, hour and time zone of the weekly digest. Without a saved zone, the browser's own is preselected. */
export function DigestScheduleForm({ schedule }: { schedule: DigestSchedule | null }) {
  const initial = { weekday: String(schedule?.weekday ?? 1), hour: String(schedule?.hour ?? 7), timeZone: schedule?.timeZone ?? "" };
  const { state, formAction, values, errors, formKey } = useActionForm(saveDigestSchedule, initial);
  // React resets a form after its action; a new key once the saved schedule comes back shows the saved values.
  const key = `${formKey}|${initial.weekday}|${initial.hour}|${initial.timeZone}`;
  const zones = useMemo(() => Intl.supportedValuesOf("timeZone").map((z) => ({ value: z, label: z.replace(/_/g, " ") })), []);
  useEffect(() => {
    // Only in the browser: the server does not know the resident's zone, and rendering it there would not hydrate.
    const select = document.getElementById("digest-time-zone") as HTMLSelectElement | null;
    if (select && !select.value) select.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, [key]);
  return (
    <form key={key} action={formAction} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Day" name="weekday" options={WEEKDAY_OPTIONS} defaultValue={values.weekday} errors={errors.weekday} />
        <SelectField label="Hour" name="hour" options={HOUR_OPTIONS} defaultValue={values.hour} errors={errors.hour} />
        <SelectField
          id="digest-time-zone"
          label="Time zone"
          name="timeZone"
          options={zones}
          placeholder="Choose…"
          defaultValue={values.timeZone}
          errors={errors.timeZone}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{schedule ? "Save day and hour" : "Start the weekly digest"}</SubmitButton>
    </form>
  );
}
