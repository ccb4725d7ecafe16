import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** "What have I told whom" for one cycle: first-choice claims, the letter of intent, and last contact per program. */
export async function getCycleOverview(viewer: ResidentViewer, cycleId: string) {
  const [programs, claim, loi] = await Promise.all([
    db().program.findMany({
      where: { residentId: viewer.residentId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        institution: true,
        status: true,
        postInterviewCommunication: true,
        messages: {
          where: { cycleId, status: { not: "NOT_SENT" } },
          orderBy: { sentAt: "desc" },
          select: { kind: true, sentAt: true, claimsFirstChoice: true },
        },
      },
    }),
    db().firstChoiceClaim.findFirst({
      where: { residentId: viewer.residentId, cycleId },
      select: { program: { select: { id: true, name: true } }, createdAt: true },
    }),
    db().message.findFirst({
      where: { residentId: viewer.residentId, cycleId, kind: "LETTER_OF_INTENT", status: { not: "NOT_SENT" } },
      select: { sentAt: true, program: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    firstChoice: claim ? { program: claim.program, since: claim.createdAt } : null,
    letterOfIntent: loi ? { program: loi.program, sentAt: loi.sentAt } : null,
    programs: programs.map((p) => ({
      id: p.id,
      name: p.name,
      institution: p.institution,
      status: p.status,
      postInterviewCommunication: p.postInterviewCommunication,
      messageCount: p.messages.length,
      lastContact: p.messages[0] ? { kind: p.messages[0].kind, sentAt: p.messages[0].sentAt } : null,
      claimedFirstChoice: p.messages.some((m) => m.claimsFirstChoice),
      kinds: [...new Set(p.messages.map((m) => m.kind))],
    })),
  };
}
