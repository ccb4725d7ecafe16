import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";

export type CycleDto = {
  id: string;
  name: string;
  applicationsOpen: Date;
  rankListDeadline: Date;
  matchWeekMonday: Date;
  soapEnd: Date;
  matchDay: Date;
  trainingStart: Date;
};

const CYCLE_SELECT = {
  id: true,
  name: true,
  applicationsOpen: true,
  rankListDeadline: true,
  matchWeekMonday: true,
  soapEnd: true,
  matchDay: true,
  trainingStart: true,
} as const;

/**
 * The resident's match cycles, created on first use from the typical calendars in match_cycle_defaults (data,
 * not code), so no year is written into the logic. Residents edit their own copies.
 */
export async function ensureCycles(viewer: ResidentViewer): Promise<CycleDto[]> {
  const existing = await db().matchCycle.findMany({ where: { residentId: viewer.residentId }, orderBy: { matchDay: "asc" }, select: CYCLE_SELECT });
  if (existing.length) return existing;
  const defaults = await db().matchCycleDefault.findMany();
  await db().matchCycle.createMany({ data: defaults.map((d) => ({ residentId: viewer.residentId, ...d })), skipDuplicates: true });
  return db().matchCycle.findMany({ where: { residentId: viewer.residentId }, orderBy: { matchDay: "asc" }, select: CYCLE_SELECT });
}

/** The cycle a page shows: the one named in its ?cycle= if it is one of the resident's, else the current one. */
export function pickCycle<T extends { id: string; matchDay: Date }>(cycles: T[], requested: string | undefined, now: Date): T | undefined {
  return cycles.find((c) => c.id === requested) ?? currentCycle(cycles, now);
}

/** The cycle being worked on: the first whose Match Day has not passed, else the latest. */
export function currentCycle<T extends { matchDay: Date }>(cycles: T[], now: Date): T | undefined {
  const today = startOfDayUtc(now);
  return cycles.find((c) => c.matchDay >= today) ?? cycles[cycles.length - 1];
}
