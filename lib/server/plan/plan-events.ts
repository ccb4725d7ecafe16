import "server-only";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { decisionStatus, type DueItem } from "@/lib/rules/workspace";
import { rotationPrompts, touchpointReminders, touchpointWindows, type TouchpointKey } from "@/lib/rules/year-plan";
import { TOUCH_SELECT, personInsights } from "@/lib/server/people/person-insights";
import { unsafeListSeasonTasks } from "@/lib/server/season/list-season-tasks";

export type PlanEvent = { uid: string; title: string; date: Date; description: string; url: string };

/**
 * Every dated item of a resident's plan: follow-ups, next touches with A-list people, meetings, PD touchpoints,
 * the reapply-or-pivot deadline and rotation prompts. Used by the calendar feed and the weekly digest, which act
 * for a resident identified by a secret token or by a job, hence "unsafe": callers establish whose plan it is.
 */
export async function unsafeListPlanEvents(residentId: string, now: Date, baseUrl: string): Promise<PlanEvent[]> {
  const today = startOfDayUtc(now);
  const [profile, people, meetings, touchpoints, rotations, cycle, seasonTasks] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({ where: { userId: residentId }, select: { programStartDate: true, target: { select: { decision: true } } } }),
    db().person.findMany({
      where: { residentId },
      select: { id: true, name: true, isAList: true, touches: { select: TOUCH_SELECT, orderBy: { occurredOn: "asc" } }, meetings: { where: { status: "PLANNED" }, orderBy: { scheduledOn: "asc" }, take: 1, select: { scheduledOn: true } } },
    }),
    db().meeting.findMany({ where: { residentId, status: "PLANNED" }, select: { id: true, kind: true, scheduledOn: true, person: { select: { id: true, name: true } } } }),
    db().pdTouchpoint.findMany({ where: { residentId }, select: { key: true, status: true } }),
    db().rotation.findMany({ where: { residentId }, select: { id: true, startsOn: true, endsOn: true, service: true, attendings: { select: { person: { select: { isAList: true } } } }, completions: { select: { promptKey: true } } } }),
    db().matchCycle.findFirst({ where: { residentId, matchDay: { gte: today } }, orderBy: { matchDay: "asc" }, select: { rankListDeadline: true } }),
    unsafeListSeasonTasks(residentId, now),
  ]);
  const events: PlanEvent[] = [];
  const personUrl = (id: string) => `${baseUrl}/people/${id}`;
  for (const person of people) {
    const { next, due } = personInsights({ personId: person.id, personName: person.name, isAList: person.isAList, touches: person.touches, programStartDate: profile.programStartDate, now, plannedMeetingOn: person.meetings[0]?.scheduledOn });
    const items: DueItem[] = [...due];
    for (const d of items) events.push({ uid: `${d.type}-${d.touchId ?? person.id}`, title: d.title, date: d.dueOn, description: "Follow-up reminder from Prelim Scout.", url: personUrl(person.id) });
    if (person.isAList && next.dueOn && !person.meetings.length) {
      events.push({ uid: `next-${person.id}`, title: `${next.label}: ${person.name}`, date: next.dueOn, description: next.reason, url: personUrl(person.id) });
    }
  }
  for (const m of meetings) {
    events.push({ uid: `meeting-${m.id}`, title: `${m.kind === "INTRO" ? "Intro" : "Advice"} meeting with ${m.person.name}`, date: m.scheduledOn, description: "Bring your CV, a paragraph on your goals and two or three questions.", url: `${baseUrl}/meetings/${m.id}` });
  }
  const statuses = Object.fromEntries((["early", "mid-year", "pre-soap"] as TouchpointKey[]).map((k) => [k, touchpoints.find((t) => t.key === k)?.status ?? "PLANNED"])) as Record<TouchpointKey, "PLANNED" | "DONE" | "SKIPPED">;
  const windows = touchpointWindows(profile.programStartDate, cycle?.rankListDeadline ?? null);
  for (const w of windows) {
    if (statuses[w.key] !== "PLANNED") continue;
    events.push({ uid: `touchpoint-${w.key}`, title: `PD touchpoint opens: ${w.label}`, date: w.opensOn, description: w.description, url: `${baseUrl}/plan` });
  }
  for (const r of touchpointReminders(windows, statuses, today)) {
    events.push({ uid: `touchpoint-due-${r.key}`, title: r.title, date: r.dueOn, description: "Meet or write to your program director.", url: `${baseUrl}/plan` });
  }
  if (profile.target) {
    const decision = decisionStatus({ programStartDate: profile.programStartDate, decision: profile.target.decision, now: today });
    if (!decision.decided) events.push({ uid: "decision-deadline", title: "Decide: reapply or pivot", date: decision.deadline, description: decision.message, url: `${baseUrl}/targets` });
  }
  for (const r of rotations) {
    if (!r.attendings.some((a) => a.person.isAList)) continue;
    const done = new Set(r.completions.map((c) => c.promptKey));
    for (const p of rotationPrompts(r)) {
      if (done.has(p.key)) continue;
      events.push({ uid: `prompt-${r.id}-${p.key}`, title: `${p.title} (${r.service})`, date: p.dueOn, description: p.detail, url: `${baseUrl}/plan` });
    }
  }
  for (const t of seasonTasks) {
    events.push({ uid: `season-${t.key}`, title: t.title, date: t.dueOn, description: "Interview season task from Prelim Scout.", url: `${baseUrl}${t.href}` });
  }
  return events.sort((a, b) => a.date.getTime() - b.date.getTime());
}
