import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { addDaysUtc, startOfDayUtc } from "@/lib/dates";
import {
  aListStatus,
  decisionStatus,
  firstWeekChecklist,
  lettersProgress,
  thisWeek,
  type DueItem,
} from "@/lib/rules/workspace";
import { specialtyLabel } from "@/lib/rules/specialties";
import { rotationPrompts, touchpointReminders, touchpointWindows, type TouchpointKey } from "@/lib/rules/year-plan";
import type { SeasonTask } from "@/lib/rules/interview-season";
import { TOUCH_SELECT, personInsights, type TouchRow } from "@/lib/server/people/person-insights";
import { listSeasonTasks } from "@/lib/server/season/list-season-tasks";

/** The resident's home: what to do this week, A-list progress, letters, and the first-week checklist. */
export async function getDashboard(viewer: ResidentViewer, now: Date) {
  const today = startOfDayUtc(now);
  // One statement: with relationJoins, Prisma nests every relation below as a lateral join (see
  // docs/benchmarks.md: the dashboard went from 20 statements to this one plus the viewer, notices and openings).
  const [profile, seasonTasks] = await Promise.all([db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: {
      programStartDate: true,
      user: { select: { name: true } },
      target: { select: { specialty: true, specialtyOther: true, decision: true } },
      people: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          role: true,
          isAList: true,
          specialty: true,
          touches: { select: TOUCH_SELECT, orderBy: { occurredOn: "asc" } },
          // Planned meetings, and done ones still owing a report back within a week.
          meetings: {
            where: { OR: [{ status: "PLANNED" }, { status: "DONE", reportedBackOn: null, reportBackOn: { lte: addDaysUtc(today, 7) } }] },
            orderBy: { scheduledOn: "asc" },
            select: { id: true, kind: true, status: true, scheduledOn: true, reportBackOn: true },
          },
          asks: { where: { kind: "LETTER" }, select: { status: true, fromPrelimYear: true } },
          _count: { select: { meetings: { where: { status: { not: "CANCELLED" } } } } },
        },
      },
      touchpoints: { select: { key: true, status: true } },
      rotations: {
        where: { endsOn: { gte: addDaysUtc(today, -30) }, attendings: { some: { person: { isAList: true } } } },
        select: { id: true, startsOn: true, endsOn: true, service: true, completions: { select: { promptKey: true } } },
      },
      cycles: { where: { matchDay: { gte: today } }, orderBy: { matchDay: "asc" }, take: 1, select: { rankListDeadline: true } },
    },
  }), listSeasonTasks(viewer, now)]);
  const { people, touchpoints, rotations } = profile;
  const cycle = profile.cycles[0] ?? null;
  const letterAsks = people.flatMap((person) => person.asks.map((a) => ({ ...a, person: { specialty: person.specialty } })));
  const meetingCount = people.reduce((sum, person) => sum + person._count.meetings, 0);

  const aList = people
    .filter((person) => person.isAList)
    .map((person) => {
      const insights = personInsights({ personId: person.id, personName: person.name, isAList: true, touches: person.touches, programStartDate: profile.programStartDate, now, plannedMeetingOn: person.meetings.find((m) => m.status === "PLANNED")?.scheduledOn });
      return { id: person.id, name: person.name, role: person.role, progress: insights.progress, next: insights.next };
    });
  const items = dueItems({ programStartDate: profile.programStartDate, people, touchpoints, rotations, rankListDeadline: cycle?.rankListDeadline ?? null, decision: profile.target?.decision ?? null }, now);
  const decision = profile.target ? decisionStatus({ programStartDate: profile.programStartDate, decision: profile.target.decision, now: today }) : null;

  items.push(...seasonTasks);

  const aListCount = aList.length;
  const week = thisWeek(items, today);
  return {
    name: profile.user.name,
    target: profile.target
      ? { specialty: profile.target.specialty, label: specialtyLabel(profile.target.specialty, profile.target.specialtyOther), decision: profile.target.decision }
      : null,
    decision,
    week,
    // Season windows that are open now but close more than a week out: shown apart from "this week".
    openWindows: week.later.filter((i): i is SeasonTask => i.type === "interview-season"),
    aList,
    aListStatus: aListStatus(aListCount),
    letters: lettersProgress(
      letterAsks.map((a) => ({ status: a.status, fromPrelimYear: a.fromPrelimYear, inTargetSpecialty: Boolean(profile.target && a.person.specialty === profile.target.specialty) })),
    ),
    checklist: firstWeekChecklist({ hasTarget: Boolean(profile.target), aListCount, plannedMeetings: meetingCount }),
    people: people.map((p) => ({ id: p.id, name: p.name })),
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

export type DueItemsInput = {
  programStartDate: Date;
  /** People with their touches and their planned meetings (and done ones still owing a report back). */
  people: {
    id: string;
    name: string;
    isAList: boolean;
    touches: TouchRow[];
    meetings: { kind: "INTRO" | "ADVICE"; status: "PLANNED" | "DONE" | "CANCELLED"; scheduledOn: Date; reportBackOn: Date | null }[];
  }[];
  /** PD touchpoints as saved, or null when they are not to be counted (then no rotation prompts either). */
  touchpoints: { key: string; status: "PLANNED" | "DONE" | "SKIPPED" }[] | null;
  /** Peak rotations (with an A-list attending) that ended no more than 30 days ago, with their completed prompts. */
  rotations: { startsOn: Date; endsOn: Date; service: string; completions: { promptKey: string }[] }[];
  rankListDeadline: Date | null;
  /** The reapply-or-pivot decision, or null without a target (or when it is not to be counted). */
  decision: "UNDECIDED" | "REAPPLY" | "PIVOT" | null;
};

/**
 * Everything with a due date for a resident: follow-ups, next touches with A-list people, meetings and report-backs,
 * PD touchpoints, peak-rotation prompts and the reapply-or-pivot decision. Items without a person link to the page
 * where they are done. Pure: the dashboard and the advisor summary pass in what they have read.
 */
export function dueItems(input: DueItemsInput, now: Date): (DueItem & { href?: string })[] {
  const today = startOfDayUtc(now);
  const items: (DueItem & { href?: string })[] = [];
  for (const person of input.people) {
    const firstPlanned = person.meetings.find((m) => m.status === "PLANNED");
    const insights = personInsights({ personId: person.id, personName: person.name, isAList: person.isAList, touches: person.touches, programStartDate: input.programStartDate, now, plannedMeetingOn: firstPlanned?.scheduledOn });
    items.push(...insights.due);
    if (person.isAList && insights.next.dueOn && !firstPlanned) {
      items.push({ type: "next-touch", personId: person.id, title: `${insights.next.label}: ${person.name}`, dueOn: insights.next.dueOn, overdue: insights.next.dueOn < today });
    }
  }
  const meetings = input.people
    .flatMap((person) => person.meetings.map((m) => ({ ...m, person: { id: person.id, name: person.name } })))
    .sort((a, b) => a.scheduledOn.getTime() - b.scheduledOn.getTime());
  for (const m of meetings) {
    if (m.status === "PLANNED") {
      items.push({ type: "meeting", personId: m.person.id, title: `${m.kind === "INTRO" ? "Intro" : "Advice"} meeting with ${m.person.name}`, dueOn: m.scheduledOn, overdue: m.scheduledOn < today });
    } else if (m.reportBackOn) {
      items.push({ type: "report-back", personId: m.person.id, title: `Tell ${m.person.name} how their advice worked out`, dueOn: m.reportBackOn, overdue: m.reportBackOn < today });
    }
  }
  if (input.touchpoints) {
    const saved = input.touchpoints;
    const statuses = Object.fromEntries(
      (["early", "mid-year", "pre-soap"] as const).map((k) => [k, saved.find((t) => t.key === k)?.status ?? "PLANNED"]),
    ) as Record<TouchpointKey, "PLANNED" | "DONE" | "SKIPPED">;
    for (const r of touchpointReminders(touchpointWindows(input.programStartDate, input.rankListDeadline), statuses, today)) {
      items.push({ type: "meeting", personId: null, title: r.title, dueOn: r.dueOn, overdue: r.overdue, href: "/plan" });
    }
    for (const rotation of input.rotations) {
      const done = new Set(rotation.completions.map((c) => c.promptKey));
      for (const p of rotationPrompts(rotation)) {
        if (!done.has(p.key)) items.push({ type: "meeting", personId: null, title: `${p.title} (${rotation.service})`, dueOn: p.dueOn, overdue: p.dueOn < today, href: "/plan" });
      }
    }
  }
  if (input.decision) {
    const decision = decisionStatus({ programStartDate: input.programStartDate, decision: input.decision, now: today });
    if (!decision.decided) items.push({ type: "decision", personId: null, title: "Decide: reapply or pivot", dueOn: decision.deadline, overdue: decision.overdue, href: "/targets" });
  }
  return items;
}
