import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { aListStatus, decisionStatus, firstWeekChecklist, lettersProgress, thisWeek } from "@/lib/rules/workspace";
import type { SeasonTask } from "@/lib/rules/interview-season";
import { specialtyLabel } from "@/lib/rules/specialties";
import { DUE_ITEMS_SELECT, dueItemsOf } from "@/lib/server/plan/get-due-items";
import { unsafeReadSeasonInput } from "@/lib/server/season/list-season-tasks";
import { MADE_ASKS, personInsights } from "@/lib/server/people/person-insights";

/**
 * The resident's home: what to do this week (the one list of due items), A-list progress, letters, and either the
 * first-week checklist or, for a resident who joined late in the year, the late-start plan.
 */
export async function getDashboard(viewer: ResidentViewer, now: Date) {
  const today = startOfDayUtc(now);
  // One statement for the profile (every relation a lateral join, relationJoins; docs/benchmarks.md) that reads what
  // the due items need and what the dashboard shows in one go: the same 20 people and their touches were read twice
  // before (docs/performance.md), beside the interview season's own read.
  const [profile, season] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({
      where: { userId: viewer.residentId },
      select: {
        ...DUE_ITEMS_SELECT,
        user: { select: { name: true } },
        target: { select: { specialty: true, specialtyOther: true, decision: true } },
        people: {
          orderBy: { name: "asc" },
          select: {
            ...DUE_ITEMS_SELECT.people.select,
            role: true,
            specialty: true,
            asks: { where: MADE_ASKS.where, select: { ...MADE_ASKS.select, kind: true, fromPrelimYear: true } },
            _count: { select: { meetings: { where: { status: { not: "CANCELLED" } } } } },
          },
        },
      },
    }),
    unsafeReadSeasonInput(viewer.residentId, now),
  ]);
  const due = dueItemsOf(profile, season, now);
  const { people } = profile;
  const aList = people
    .filter((person) => person.isAList)
    .map((person) => {
      const insights = personInsights({
        personId: person.id,
        personName: person.name,
        isAList: true,
        touches: person.touches,
        asks: person.asks,
        programStartDate: profile.programStartDate,
        addedOn: person.createdAt,
        joinedOn: profile.joinedOn,
        now,
        // The due items read planned meetings and those done but not reported back, by date: the first planned one.
        plannedMeetingOn: person.meetings.find((m) => m.status === "PLANNED")?.scheduledOn,
      });
      return { id: person.id, name: person.name, role: person.role, progress: insights.progress, next: insights.next };
    });
  const decision = profile.target
    ? decisionStatus({ programStartDate: profile.programStartDate, joinedOn: profile.joinedOn, decision: profile.target.decision, now: today })
    : null;
  const meetingCount = people.reduce((sum, person) => sum + person._count.meetings, 0);
  const letters = people.flatMap((person) => person.asks.filter((a) => a.kind === "LETTER").map((l) => ({ ...l, specialty: person.specialty })));
  const week = thisWeek(due.items, today);

  return {
    name: profile.user.name,
    target: profile.target
      ? {
          specialty: profile.target.specialty,
          label: specialtyLabel(profile.target.specialty, profile.target.specialtyOther),
          decision: profile.target.decision,
        }
      : null,
    decision,
    week,
    // Season windows that are open now but close more than a week out: shown apart from "this week".
    openWindows: week.later.filter((i): i is SeasonTask => i.type === "interview-season"),
    lateStart: due.lateStart,
    aList,
    aListStatus: aListStatus(aList.length),
    letters: lettersProgress(
      letters.map((l) => ({
        status: l.status,
        fromPrelimYear: l.fromPrelimYear,
        inTargetSpecialty: Boolean(profile.target && l.specialty === profile.target.specialty),
      })),
    ),
    // The late-start plan replaces the first-week checklist: its first week is already behind this resident.
    checklist: due.lateStart ? null : firstWeekChecklist({ hasTarget: Boolean(profile.target), aListCount: aList.length, plannedMeetings: meetingCount }),
    people: people.map((p) => ({ id: p.id, name: p.name })),
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
