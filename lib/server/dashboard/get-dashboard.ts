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
import { TOUCH_SELECT, personInsights } from "@/lib/server/people/person-insights";
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
  const meetings = people
    .flatMap((person) => person.meetings.map((m) => ({ ...m, person: { id: person.id, name: person.name } })))
    .sort((a, b) => a.scheduledOn.getTime() - b.scheduledOn.getTime());
  const letterAsks = people.flatMap((person) => person.asks.map((a) => ({ ...a, person: { specialty: person.specialty } })));
  const meetingCount = people.reduce((sum, person) => sum + person._count.meetings, 0);

  // Items without a person link to the page where they are done.
  const items: (DueItem & { href?: string })[] = [];
  const aList = [];
  for (const person of people) {
    const firstPlanned = person.meetings.find((m) => m.status === "PLANNED");
    const insights = personInsights({ personId: person.id, personName: person.name, isAList: person.isAList, touches: person.touches, programStartDate: profile.programStartDate, now, plannedMeetingOn: firstPlanned?.scheduledOn });
    items.push(...insights.due);
    if (person.isAList) {
      aList.push({ id: person.id, name: person.name, role: person.role, progress: insights.progress, next: insights.next });
      if (insights.next.dueOn && !firstPlanned) {
        items.push({
          type: "next-touch",
          personId: person.id,
          title: `${insights.next.label}: ${person.name}`,
          dueOn: insights.next.dueOn,
          overdue: insights.next.dueOn < today,
        });
      }
    }
  }
  for (const m of meetings) {
    if (m.status === "PLANNED") {
      items.push({ type: "meeting", personId: m.person.id, title: `${m.kind === "INTRO" ? "Intro" : "Advice"} meeting with ${m.person.name}`, dueOn: m.scheduledOn, overdue: m.scheduledOn < today });
    } else if (m.reportBackOn) {
      items.push({ type: "report-back", personId: m.person.id, title: `Tell ${m.person.name} how their advice worked out`, dueOn: m.reportBackOn, overdue: m.reportBackOn < today });
    }
  }
  const statuses = Object.fromEntries(
    (["early", "mid-year", "pre-soap"] as const).map((k) => [k, touchpoints.find((t) => t.key === k)?.status ?? "PLANNED"]),
  ) as Record<TouchpointKey, "PLANNED" | "DONE" | "SKIPPED">;
  for (const r of touchpointReminders(touchpointWindows(profile.programStartDate, cycle?.rankListDeadline ?? null), statuses, today)) {
    items.push({ type: "meeting", personId: null, title: r.title, dueOn: r.dueOn, overdue: r.overdue, href: "/plan" });
  }
  for (const rotation of rotations) {
    const done = new Set(rotation.completions.map((c) => c.promptKey));
    for (const p of rotationPrompts(rotation)) {
      if (!done.has(p.key)) items.push({ type: "meeting", personId: null, title: `${p.title} (${rotation.service})`, dueOn: p.dueOn, overdue: p.dueOn < today, href: "/plan" });
    }
  }
  const decision = profile.target ? decisionStatus({ programStartDate: profile.programStartDate, decision: profile.target.decision, now: today }) : null;
  if (decision && !decision.decided) {
    items.push({ type: "decision", personId: null, title: "Decide: reapply or pivot", dueOn: decision.deadline, overdue: decision.overdue, href: "/targets" });
  }

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
