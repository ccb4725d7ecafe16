import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readPage } from "@/lib/pagination";

/**
 * "What have I told whom" for one cycle: first-choice claims, the letter of intent, and last contact per program for
 * a page of programs (LIST_PAGE_SIZE by name), with how many programs there are and how many heard from the resident.
 */
export async function getCycleOverview(viewer: ResidentViewer, cycleId: string, { page }: { page?: number } = {}) {
  const where = { residentId: viewer.residentId };
  const sent = { cycleId, status: { not: "NOT_SENT" } } satisfies Prisma.MessageWhereInput;
  const [{ items: programs, ...paging }, contacted, claim, loi] = await Promise.all([
    readPage(
      page,
      () => db().program.count({ where }),
      (skip, take) =>
        db().program.findMany({
          where,
          // id breaks ties between programs of the same name, so no program is on two pages.
          orderBy: [{ name: "asc" }, { id: "asc" }],
          skip,
          take,
          select: {
            id: true,
            name: true,
            institution: true,
            status: true,
            postInterviewCommunication: true,
            messages: { where: sent, orderBy: { sentAt: "desc" }, select: { kind: true, sentAt: true, claimsFirstChoice: true } },
          },
        }),
    ),
    db().program.count({ where: { ...where, messages: { some: sent } } }),
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
    ...paging,
    contacted,
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
