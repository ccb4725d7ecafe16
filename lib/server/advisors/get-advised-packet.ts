import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { specialtyLabel } from "@/lib/rules/specialties";
import { decisionStatus, thisWeek } from "@/lib/rules/workspace";
import { readAdvisedDueItems, readAdvisedLetters, readAdvisedPeople, readAdvisedTouchpoints } from "@/lib/server/advisors/advised-reads";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/** The printable one-page meeting packet, built from whatever the scopes share. */
export async function getAdvisedPacket(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "packet");
  const s = a.scopes;
  const today = startOfDayUtc(now);
  const [target, aList, due, letters, touchpoints, openItems] = await Promise.all([
    s.has("targets")
      ? db().target.findUnique({
          where: { residentId: a.residentId },
          select: advisorSelect(s, "Target", ["specialty", "specialtyOther", "geoStance", "geoDetail", "decision"]),
        })
      : null,
    readAdvisedPeople(a, now, { aListOnly: true }),
    readAdvisedDueItems(a, now),
    readAdvisedLetters(a),
    readAdvisedTouchpoints(a, now),
    s.has("people")
      ? db().actionItem.findMany({
          where: { residentId: a.residentId, status: "OPEN" },
          orderBy: { createdAt: "desc" },
          take: 8,
          select: { ...advisorSelect(s, "ActionItem", ["text"]), meeting: { select: { person: { select: advisorSelect(s, "Person", ["name"]) } } } },
        })
      : [],
  ]);
  const countsOverdue = s.has("people") || s.has("targets") || s.has("rotations");
  return {
    name: a.name,
    programName: a.programName,
    institution: a.institution,
    generatedOn: now,
    target: target
      ? { specialty: specialtyLabel(target.specialty, target.specialtyOther), stance: target.geoStance, detail: target.geoDetail, decision: target.decision }
      : null,
    decision: target ? decisionStatus({ programStartDate: a.programStartDate, decision: target.decision, now: today }) : null,
    aList: aList ? aList.map((p) => ({ name: p.name, completed: p.progress.completed, next: p.next.label, dueOn: p.next.dueOn })) : null,
    overdue: countsOverdue ? thisWeek(due, today).overdue.map((i) => i.title) : null,
    letters,
    touchpoints: touchpoints ? touchpoints.map((t) => ({ label: t.label, state: t.state, opensOn: t.opensOn, closesOn: t.closesOn })) : null,
    openQuestions: openItems.map((i) => `${i.text} (from ${i.meeting.person.name})`),
  };
}
