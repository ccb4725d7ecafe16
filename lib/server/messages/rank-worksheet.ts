import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError, orThrowNotFound } from "@/lib/errors";
import type { MessageKind } from "@/lib/rules/message-rules";

/**
 * The private rank-order worksheet of one cycle: every program the resident is still pursuing, in their order
 * (placed programs first, then the rest by name), each with its impressions and what was said to it this cycle:
 * a first-choice claim, the letter of intent, the last contact. The first-choice check says whether what the
 * programs heard matches the order: one first choice, and it is #1 here.
 */
export async function getRankWorksheet(viewer: ResidentViewer, cycleId: string) {
  const cycle = orThrowNotFound(
    await db().matchCycle.findFirst({ where: { id: cycleId, residentId: viewer.residentId }, select: { id: true, name: true, rankListDeadline: true } }),
    "That match cycle",
  );
  const [programs, claim] = await Promise.all([
    db().program.findMany({
      where: { residentId: viewer.residentId, status: { not: "NOT_PURSUING" } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        institution: true,
        status: true,
        interviewDate: true,
        impression: { select: { liked: true, concerns: true, rankThoughts: true, peopleMet: true, whoToThank: true } },
        rankEntries: { where: { cycleId }, select: { position: true } },
        messages: {
          where: { cycleId, status: { not: "NOT_SENT" } },
          orderBy: { sentAt: "desc" },
          select: { kind: true, sentAt: true, status: true, claimsFirstChoice: true },
        },
        _count: { select: { oversteps: true } },
      },
    }),
    db().firstChoiceClaim.findFirst({ where: { residentId: viewer.residentId, cycleId }, select: { programId: true } }),
  ]);
  const rows = programs
    .map((p) => {
      const last = p.messages[0];
      return {
        id: p.id,
        name: p.name,
        institution: p.institution,
        status: p.status,
        interviewDate: p.interviewDate,
        position: p.rankEntries[0]?.position ?? null,
        impression: p.impression,
        firstChoiceClaim: claim?.programId === p.id,
        letterOfIntent: p.messages.find((m) => m.kind === "LETTER_OF_INTENT") ?? null,
        lastContact: last ? { kind: last.kind as MessageKind, sentAt: last.sentAt, pending: last.status === "PENDING" } : null,
        oversteps: p._count.oversteps,
      };
    })
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || a.name.localeCompare(b.name));
  const ranked = rows.filter((r) => r.position !== null);
  const claimed = rows.find((r) => r.firstChoiceClaim) ?? null;
  const top = ranked[0] ?? null;
  const firstChoice =
    claimed === null
      ? { state: "none" as const, program: null, top: top ? { id: top.id, name: top.name } : null }
      : top !== null && top.id !== claimed.id
        ? { state: "mismatch" as const, program: { id: claimed.id, name: claimed.name }, top: { id: top.id, name: top.name } }
        : { state: "consistent" as const, program: { id: claimed.id, name: claimed.name }, top: top ? { id: top.id, name: top.name } : null };
  return { cycle, rows, rankedCount: ranked.length, firstChoice };
}

/** Saves the order: the listed programs take positions 1..n, every other program of the cycle is unplaced. */
export async function saveRankOrder(viewer: ResidentViewer, input: { cycleId: string; programIds: string[] }): Promise<void> {
  await db().$transaction(async (tx) => {
    orThrowNotFound(await tx.matchCycle.findFirst({ where: { id: input.cycleId, residentId: viewer.residentId }, select: { id: true } }), "That match cycle");
    const owned = await tx.program.count({ where: { id: { in: input.programIds }, residentId: viewer.residentId } });
    if (owned !== input.programIds.length) throw new AppError("NOT_FOUND", "That program was not found.");
    await tx.rankEntry.deleteMany({ where: { residentId: viewer.residentId, cycleId: input.cycleId } });
    if (input.programIds.length) {
      await tx.rankEntry.createMany({
        data: input.programIds.map((programId, i) => ({ residentId: viewer.residentId, cycleId: input.cycleId, programId, position: i + 1 })),
      });
    }
  });
}
