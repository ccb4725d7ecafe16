import Link from "next/link";
import { DigestScheduleForm } from "@/components/settings/digest-schedule-form";
import { ActionButton } from "@/components/ui/action-button";
import { setDigestEnabled } from "@/lib/actions/plan/set-digest-enabled";
import type { DigestSchedule } from "@/lib/rules/digest-schedule";

type Props = { enabled: boolean; smtp: boolean; lastSentAt: Date | null; schedule: DigestSchedule | null; description: string | null };

export function DigestCard({ enabled, smtp, lastSentAt, schedule, description }: Props) {
  const status = !enabled ? "off" : description ? `on, ${description}` : "on, but no day chosen yet: nothing is sent until you choose one";
  return (
    <div className="space-y-3 text-sm">
      <p>
        Once a week, an email lists what is overdue and what is due in the next seven days.{" "}
        {smtp
          ? lastSentAt
            ? `Last sent ${lastSentAt.toLocaleDateString("en-US", { dateStyle: "medium" })}.`
            : "Not sent yet."
          : "Email is not set up on this server yet, so nothing is sent; the preview still shows what it would say."}
      </p>
      <p>
        Weekly digest: <strong>{status}</strong>
      </p>
      <DigestScheduleForm schedule={schedule} />
      <div className="flex flex-wrap gap-2">
        {enabled || schedule ? (
          <ActionButton action={setDigestEnabled} input={{ enabled: !enabled }}>
            {enabled ? "Turn the digest off" : "Turn the digest on"}
          </ActionButton>
        ) : null}
        <Link href="/settings/digest" className="inline-flex min-h-11 items-center underline">
          Preview this week&apos;s digest
        </Link>
      </div>
    </div>
  );
}
