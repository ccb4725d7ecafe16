import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { readAdvisedTouchpoints } from "@/lib/server/advisors/advised-reads";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";
import { runningLogRows } from "@/lib/server/plan/running-log";

/**
 * The year plan (rotations scope): PD touchpoints, rotations with peak months, and the running log. The log names
 * faculty and what was done, but not the resident's notes on touches or the advice from meetings.
 */
export async function getAdvisedPlan(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "plan");
  const s = a.scopes;
  const where = { residentId: a.residentId };
  const [touchpoints, rotations, touches, meetings, manual] = await Promise.all([
    readAdvisedTouchpoints(a, now),
    db().rotation.findMany({
      where,
      orderBy: { startsOn: "asc" },
      select: {
        ...advisorSelect(s, "Rotation", ["id", "startsOn", "endsOn", "service", "site"]),
        attendings: { select: { person: { select: advisorSelect(s, "Person", ["name", "isAList"]) } } },
      },
    }),
    db().touch.findMany({ where, select: { ...advisorSelect(s, "Touch", ["kind", "occurredOn"]), person: { select: advisorSelect(s, "Person", ["name"]) } } }),
    db().meeting.findMany({
      where: { ...where, status: "DONE" },
      select: {
        ...advisorSelect(s, "Meeting", ["kind", "completedOn", "reportBackOn", "reportedBackOn"]),
        person: { select: advisorSelect(s, "Person", ["name"]) },
        actionItems: { where: { status: "OPEN" }, take: 1, select: advisorSelect(s, "ActionItem", ["text"]) },
      },
    }),
    db().logEntry.findMany({ where, select: advisorSelect(s, "LogEntry", ["occurredOn", "service", "faculty", "action", "nextStep"]) }),
  ]);
  return {
    name: a.name,
    touchpoints: touchpoints!,
    rotations: rotations.map((r) => ({
      id: r.id,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      service: r.service,
      site: r.site,
      peak: r.attendings.some((x) => x.person.isAList),
    })),
    log: runningLogRows({
      touches: touches.map((t) => ({ ...t, notes: null, person: { name: t.person.name, department: null } })),
      meetings: meetings.map((m) => ({ ...m, advice: null })),
      rotations: rotations.map((r) => ({ ...r, attendings: r.attendings.map((x) => ({ person: { name: x.person.name } })) })),
      manual: manual.map((e) => ({ ...e, id: null })),
    }),
  };
}
