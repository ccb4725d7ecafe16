import type { Metadata } from "next";
import Link from "next/link";
import { ComposeMessage, type SerializedContext } from "@/components/programs/compose-message";
import { PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { canSendEmail } from "@/lib/email";
import { loadOr404 } from "@/lib/page-data";
import type { MessageKind } from "@/lib/rules/message-rules";
import { getComposeData } from "@/lib/server/messages/get-compose-data";
import { MESSAGE_KINDS } from "@/lib/validation/programs";

export const metadata: Metadata = { title: "Write a message" };

export default async function ComposePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ kind?: string; subject?: string; body?: string }>;
}) {
  const viewer = await requireResident();
  const { id } = await params;
  const { kind, subject, body } = await searchParams;
  // A draft handed over by a link (the opening playbook's targeted message) replaces the template's text.
  const initialDraft = typeof subject === "string" && typeof body === "string" && subject.length <= 300 && body.length <= 5000 ? { subject, body } : undefined;
  const now = await getNow();
  const requested = MESSAGE_KINDS.includes(kind as MessageKind) ? (kind as MessageKind) : null;
  const data = await loadOr404(id, () => getComposeData(viewer, id, requested, now));
  const contexts: Record<string, SerializedContext> = {};
  data.cycles.forEach((cycle, i) => {
    const c = data.contexts[i]!;
    contexts[cycle.id] = {
      profile: c.profile,
      program: { ...c.program, interviewDate: c.program.interviewDate?.toISOString() ?? null },
      calendar: Object.fromEntries(Object.entries(c.calendar).map(([k, v]) => [k, v.toISOString()])) as SerializedContext["calendar"],
      programContactedFirstDuringSoap: c.programContactedFirstDuringSoap,
      sentThisCycle: c.sentThisCycle.map((m) => ({ ...m, sentAt: m.sentAt.toISOString() })),
    };
  });
  return (
    <>
      <PageHeader
        title={`Write to ${data.program.name}`}
        description={
          <>
            {data.program.institution} ·{" "}
            <Link href={`/programs/${data.program.id}`} className="underline">
              back to the program
            </Link>
          </>
        }
      />
      {data.defaultCycle ? (
        <ComposeMessage
          // Another kind asked for in the address is another draft: remount rather than carry state across. Refreshes
          // after a send keep the same key, so they never reset what is on screen.
          key={requested ?? "default"}
          programId={data.program.id}
          cycles={data.cycles.map((c) => ({ id: c.id, name: c.name }))}
          defaultCycleId={data.defaultCycle.id}
          contexts={contexts}
          templateValues={data.values}
          initialKind={data.kind}
          draft={data.draft ? { ...data.draft, updatedAt: data.draft.updatedAt.toISOString() } : null}
          draftKinds={data.draftKinds}
          pending={data.pending}
          canSendFromApp={canSendEmail()}
          initialDraft={initialDraft}
          nowIso={now.toISOString()}
        />
      ) : (
        <p>No match cycle is set up yet.</p>
      )}
    </>
  );
}
