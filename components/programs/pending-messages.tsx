import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { answerMessage } from "@/lib/actions/messages/answer-message";
import { formatDay } from "@/lib/dates";
import { CHANNEL_LABELS, type MessageChannel } from "@/lib/labels/messages";
import type { MessageKind } from "@/lib/rules/message-rules";
import { MESSAGE_TEMPLATES } from "@/lib/rules/message-templates";

export type PendingMessage = {
  id: string;
  kind: MessageKind;
  subject: string;
  sentAt: Date;
  channel: MessageChannel;
  program?: { id: string; name: string; institution: string } | null;
};

/** Messages that passed the checks and left the app, waiting for the resident to say whether they went out. */
export function PendingMessages({ messages }: { messages: PendingMessage[] }) {
  if (!messages.length) return null;
  return (
    <section
      aria-label="Did you send these?"
      className="mb-4 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 className="text-base font-semibold">Did you send {messages.length === 1 ? "this message" : "these messages"}?</h2>
      <p className="text-sm">Until you answer, the checks count each one as sent.</p>
      <ul className="space-y-2">
        {messages.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>
              <span className="font-medium">{MESSAGE_TEMPLATES[m.kind].label}</span>
              {m.program ? (
                <>
                  {" "}
                  to{" "}
                  <Link href={`/programs/${m.program.id}`} className="underline">
                    {m.program.name}, {m.program.institution}
                  </Link>
                </>
              ) : null}
              : &ldquo;{m.subject}&rdquo;, {CHANNEL_LABELS[m.channel]} on {formatDay(m.sentAt)}
            </span>
            <span className="flex flex-wrap gap-2">
              <ActionButton action={answerMessage} input={{ messageId: m.id, sent: true }} variant="primary">
                I sent it
              </ActionButton>
              <ActionButton action={answerMessage} input={{ messageId: m.id, sent: false }}>
                I didn&apos;t send it
              </ActionButton>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
