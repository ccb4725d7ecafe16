import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { interviewSeasonTasks, type SeasonInput, type SeasonTask } from "@/lib/rules/interview-season";

/**
 * What the interview-season tasks are computed from: programs interviewed with, what left the app to them,
 * impressions, rank positions in the current cycle and dismissals. Read by the one due-items function
 * (lib/server/plan/get-due-items.ts) and by the program page. "Unsafe" because it trusts the resident id: the digest
 * job and the calendar feed act for a resident identified otherwise; pages go through listSeasonTasks.
 */
export async function unsafeReadSeasonInput(residentId: string, now: Date): Promise<Omit<SeasonInput, "now">> {
  const today = startOfDayUtc(now);
  const cycle =
    (await db().matchCycle.findFirst({
      where: { residentId, matchDay: { gte: today } },
      orderBy: { matchDay: "asc" },
      select: { id: true, applicationsOpen: true, rankListDeadline: true },
    })) ??
    // Before the resident has opened Messages their cycles are not copied yet; the typical calendar dates the windows.
    (await db().matchCycleDefault.findFirst({
      where: { matchDay: { gte: today } },
      orderBy: { matchDay: "asc" },
      select: { applicationsOpen: true, rankListDeadline: true },
    }));
  const cycleId = cycle && "id" in cycle ? cycle.id : null;
  const [programs, dismissed] = await Promise.all([
    db().program.findMany({
      where: { residentId, interviewDate: { not: null } },
      select: {
        id: true,
        name: true,
        status: true,
        interviewDate: true,
        postInterviewCommunication: true,
        messages: { where: { status: { not: "NOT_SENT" } }, select: { kind: true, sentAt: true } },
        impression: { select: { programId: true } },
        rankEntries: { select: { cycleId: true, position: true } },
      },
    }),
    db().seasonTaskDismissal.findMany({ where: { residentId }, select: { programId: true, kind: true, interviewDate: true } }),
  ]);
  return {
    programs: programs.map((p) => ({
      ...p,
      hasImpressions: p.impression !== null,
      rankPosition: p.rankEntries.find((r) => r.cycleId === cycleId)?.position ?? null,
    })),
    cycle,
    dismissed,
  };
}

/** The resident's interview-season tasks (the program page shows those of one program). */
export async function listSeasonTasks(viewer: ResidentViewer, now: Date): Promise<SeasonTask[]> {
  return interviewSeasonTasks({ ...(await unsafeReadSeasonInput(viewer.residentId, now)), now });
}
