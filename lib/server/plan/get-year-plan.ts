import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { lateStartProgress, promptStillDue } from "@/lib/rules/due-items";
import { arrivalDate, lettersProgress } from "@/lib/rules/workspace";
import {
  phaseState,
  programYearMonths,
  rotationPrompts,
  touchpointState,
  touchpointWindows,
  yearPhases,
  type PhaseKey,
  type TouchpointKey,
} from "@/lib/rules/year-plan";
import { currentCycle } from "@/lib/server/cycles/ensure-cycles";

/** The year as a plan: the month grid with rotations and prompts, PD touchpoints, phases and the late-start plan. */
export async function getYearPlan(viewer: ResidentViewer, now: Date) {
  const today = startOfDayUtc(now);
  const [profile, rotations, touchpoints, completions, letters, meetingsDone, cycles] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({
      where: { userId: viewer.residentId },
      select: {
        programStartDate: true,
        joinedOn: true,
        target: { select: { decision: true, specialty: true } },
        lateStartSteps: { select: { stepKey: true } },
      },
    }),
    db().rotation.findMany({
      where: { residentId: viewer.residentId },
      orderBy: { startsOn: "asc" },
      select: {
        id: true,
        startsOn: true,
        endsOn: true,
        service: true,
        site: true,
        notes: true,
        attendings: { select: { person: { select: { id: true, name: true, isAList: true } } } },
        completions: { select: { promptKey: true, completedOn: true } },
      },
    }),
    db().pdTouchpoint.findMany({ where: { residentId: viewer.residentId } }),
    db().phaseCompletion.findMany({ where: { residentId: viewer.residentId }, select: { phaseKey: true } }),
    db().ask.findMany({
      where: { residentId: viewer.residentId, kind: "LETTER" },
      select: { status: true, fromPrelimYear: true, person: { select: { specialty: true } } },
    }),
    db().meeting.count({ where: { residentId: viewer.residentId, status: "DONE" } }),
    db().matchCycle.findMany({ where: { residentId: viewer.residentId }, orderBy: { matchDay: "asc" }, select: { matchDay: true, rankListDeadline: true } }),
  ]);
  const start = profile.programStartDate;
  const cycle = currentCycle(cycles, now);
  // Only a join date up to today counts (see arrivalDate): windows and phases before it were never this resident's.
  const joinedOn = arrivalDate([profile.joinedOn], today);
  const windows = touchpointWindows(start, cycle?.rankListDeadline ?? null);
  const tpByKey = new Map(touchpoints.map((t) => [t.key, t]));
  const touchpointRows = windows.map((w) => {
    const saved = tpByKey.get(w.key);
    const status = saved?.status ?? "PLANNED";
    return { ...w, status, onDate: saved?.onDate ?? null, notes: saved?.notes ?? null, state: touchpointState(w, status, today, joinedOn) };
  });

  const manual = new Set(completions.map((c) => c.phaseKey));
  const secured = lettersProgress(
    letters.map((l) => ({
      status: l.status,
      fromPrelimYear: l.fromPrelimYear,
      inTargetSpecialty: Boolean(profile.target && l.person.specialty === profile.target.specialty),
    })),
  ).secured;
  const derived: Record<PhaseKey, boolean> = {
    decide: Boolean(profile.target && profile.target.decision !== "UNDECIDED"),
    meet: meetingsDone > 0 && tpByKey.get("early")?.status === "DONE",
    build: secured >= 2,
    finalize: false,
    statement: false,
    submit: false,
  };
  const phases = yearPhases(start).map((p) => {
    const done = manual.has(p.key) || derived[p.key];
    return { ...p, done, auto: derived[p.key], manual: manual.has(p.key), state: phaseState(p, done, today, joinedOn) };
  });

  const rotationRows = rotations.map((r) => {
    const aList = r.attendings.some((a) => a.person.isAList);
    const done = new Map(r.completions.map((c) => [c.promptKey, c.completedOn]));
    return {
      ...r,
      attendings: r.attendings.map((a) => a.person),
      peak: aList,
      prompts: aList
        ? rotationPrompts(r).map((p) => {
            // The same rule as the due items: a prompt off the list is "passed", not overdue.
            const passed = !done.has(p.key) && !promptStillDue(r, p, today, profile.joinedOn);
            return { ...p, doneOn: done.get(p.key) ?? null, passed, overdue: !done.has(p.key) && !passed && p.dueOn < today };
          })
        : [],
    };
  });
  return {
    programStartDate: start,
    months: programYearMonths(start).map((m) => ({ ...m, rotations: rotationRows.filter((r) => r.startsOn <= m.end && r.endsOn >= m.start) })),
    rotations: rotationRows,
    touchpoints: touchpointRows as ((typeof touchpointRows)[number] & { key: TouchpointKey })[],
    phases,
    today,
    lateStart: lateStartProgress({ programStartDate: start, joinedOn: profile.joinedOn, lateStartDone: profile.lateStartSteps.map((s) => s.stepKey) }),
  };
}
export type YearPlan = Awaited<ReturnType<typeof getYearPlan>>;
