import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { setDigestEnabled } from "@/lib/actions/plan/set-digest-enabled";

export function DigestCard({ enabled, smtp, lastSentAt }: { enabled: boolean; smtp: boolean; lastSentAt: Date | null }) {
  return (
    <div className="space-y-3 text-sm">
      <p>
        Once a week, an email lists what is overdue and what is due in the next seven days.{" "}
        {smtp ? (lastSentAt ? `Last sent ${lastSentAt.toLocaleDateString("en-US", { dateStyle: "medium" })}.` : "Not sent yet.") : "Email is not set up on this server yet, so nothing is sent; the preview still shows what it would say."}
      </p>
      <p>
        Weekly digest: <strong>{enabled ? "on" : "off"}</strong>
      </p>
      <div className="flex flex-wrap gap-2">
        <ActionButton action={setDigestEnabled} input={{ enabled: !enabled }}>
          {enabled ? "Turn the digest off" : "Turn the digest on"}
        </ActionButton>
        <Link href="/settings/digest" className="inline-flex min-h-11 items-center underline">
          Preview this week&apos;s digest
        </Link>
      </div>
    </div>
  );
}
