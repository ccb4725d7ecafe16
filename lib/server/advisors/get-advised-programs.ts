import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { readAdvisedCycle } from "@/lib/server/advisors/advised-reads";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/**
 * Programs and when the resident wrote to them this cycle (programs scope); what the messages said only with
 * message_contents. Anything about a letter of intent (the letter itself, first-choice claims) needs loi_status too:
 * without it the letter is left out of counts, dates and contents alike, so nothing on this page hints at it.
 */
export async function getAdvisedPrograms(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "programs");
  const s = a.scopes;
  const loiShared = s.has("loi_status");
  const contentsShared = s.has("message_contents");
  const cycle = await readAdvisedCycle(a, now);
  const programs = await db().program.findMany({
    where: { residentId: a.residentId },
    orderBy: { name: "asc" },
    select: {
      ...advisorSelect(s, "Program", ["id", "name", "institution", "city", "state", "specialty", "status", "interviewDate"]),
      messages: {
        // Messages belong to a cycle; with none yet there are none to show. A message the resident said they did
        // not send never went out.
        where: cycle
          ? { cycleId: cycle.id, status: { not: "NOT_SENT" as const }, ...(loiShared ? {} : { kind: { not: "LETTER_OF_INTENT" as const } }) }
          : { id: { in: [] } },
        orderBy: { sentAt: "desc" },
        select: advisorSelect(s, "Message", ["id", "kind", "sentAt", "claimsFirstChoice", "subject", "body"]),
      },
      oversteps: { orderBy: { occurredOn: "desc" }, select: advisorSelect(s, "ProgramOverstep", ["id", "occurredOn", "kind", "said", "who"]) },
    },
  });
  return {
    name: a.name,
    cycleName: cycle?.name ?? null,
    contentsShared,
    programs: programs.map(({ messages, ...p }) => ({
      ...p,
      messageCount: messages.length,
      lastContact: messages[0] ? { kind: messages[0].kind, sentAt: messages[0].sentAt } : null,
      claimedFirstChoice: loiShared ? messages.some((m) => m.claimsFirstChoice) : null,
      messages: contentsShared ? messages.map((m) => ({ id: m.id, kind: m.kind, subject: m.subject, body: m.body, sentAt: m.sentAt })) : [],
    })),
  };
}
