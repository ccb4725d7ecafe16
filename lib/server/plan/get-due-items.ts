import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { startOfDayUtc } from "@/lib/dates";
import { dueItems, lateStartProgress, type DueItemsInput, type LateStartProgress } from "@/lib/rules/due-items";
import type { DueItem } from "@/lib/rules/workspace";
import { currentCycle } from "@/lib/server/cycles/ensure-cycles";
import { MADE_ASKS, TOUCH_SELECT } from "@/lib/server/people/person-insights";
import { unsafeReadSeasonInput } from "@/lib/server/season/list-season-tasks";

export type DueItems = { items: DueItem[]; lateStart: LateStartProgress | null };

/**
 * What the due items read from a resident's profile, in one statement (relationJoins). Exported so the dashboard can
 * read it together with its own fields in the same statement instead of reading the same people and touches twice.
 */
export const DUE_ITEMS_SELECT = {
  programStartDate: true,
  joinedOn: true,
  target: { select: { decision: true } },
  people: {
    select: {
      id: true,
      name: true,
      isAList: true,
      createdAt: true,
      touches: { select: TOUCH_SELECT, orderBy: { occurredOn: "asc" } },
      asks: MADE_ASKS,
      meetings: {
        where: { OR: [{ status: "PLANNED" }, { status: "DONE", reportedBackOn: null, reportBackOn: { not: null } }] },
        orderBy: { scheduledOn: "asc" },
        select: { id: true, kind: true, status: true, scheduledOn: true, reportBackOn: true, reportedBackOn: true },
      },
    },
  },
  touchpoints: { select: { key: true, status: true } },
  rotations: {
    select: {
      id: true,
      service: true,
      startsOn: true,
      endsOn: true,
      attendings: { select: { person: { select: { isAList: true } } } },
      completions: { select: { promptKey: true } },
    },
  },
  cycles: { orderBy: { matchDay: "asc" }, select: { matchDay: true, rankListDeadline: true } },
  lateStartSteps: { select: { stepKey: true } },
  watchlist: { select: { id: true, name: true, institution: true, cadenceDays: true, lastCheckedOn: true, createdAt: true } },
} as const satisfies Prisma.ResidentProfileSelect;

/** A profile as DUE_ITEMS_SELECT reads it (or a wider select that includes it). */
export type DueItemsProfile = Prisma.ResidentProfileGetPayload<{ select: typeof DUE_ITEMS_SELECT }>;

/** The due items of a profile read with DUE_ITEMS_SELECT and the interview season's own read. */
export function dueItemsOf(profile: DueItemsProfile, season: DueItemsInput["season"], now: Date): DueItems {
  const input: DueItemsInput = {
    today: startOfDayUtc(now),
    programStartDate: profile.programStartDate,
    joinedOn: profile.joinedOn,
    decision: profile.target?.decision ?? null,
    rankListDeadline: currentCycle(profile.cycles, now)?.rankListDeadline ?? null,
    people: profile.people.map((p) => ({ id: p.id, name: p.name, isAList: p.isAList, addedOn: p.createdAt, touches: p.touches, asks: p.asks })),
    meetings: profile.people.flatMap((p) => p.meetings.map((m) => ({ ...m, personId: p.id, personName: p.name }))),
    touchpoints: profile.touchpoints,
    rotations: profile.rotations.map((r) => ({
      id: r.id,
      service: r.service,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      hasAListAttending: r.attendings.some((a) => a.person.isAList),
      completed: r.completions.map((c) => c.promptKey),
    })),
    lateStartDone: profile.lateStartSteps.map((s) => s.stepKey),
    season,
    watchlist: profile.watchlist,
  };
  return { items: dueItems(input), lateStart: lateStartProgress(input) };
}

/**
 * Everything due for one resident on a date, read in one statement (relationJoins) plus the interview season's own
 * read, and computed by the pure lib/rules/due-items. The one source for the dashboard, the digest, the calendar feed
 * and the advisor's summary. "unsafe": the caller establishes whose plan it is (a session, a calendar token, the
 * digest job).
 */
export async function unsafeGetDueItems(residentId: string, now: Date): Promise<DueItems> {
  const [profile, season] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({ where: { userId: residentId }, select: DUE_ITEMS_SELECT }),
    unsafeReadSeasonInput(residentId, now),
  ]);
  return dueItemsOf(profile, season, now);
}

export function getDueItems(viewer: ResidentViewer, now: Date): Promise<DueItems> {
  return unsafeGetDueItems(viewer.residentId, now);
}
