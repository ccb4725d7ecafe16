import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import type { AdvisorScope } from "@/lib/rules/advisor-scopes";
import { visibleToAdvisor } from "@/lib/rules/due-items";
import { specialtyLabel } from "@/lib/rules/specialties";
import { requireGrant } from "@/lib/server/advisors/require-grant";
import { listAsks } from "@/lib/server/asks/list-asks";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { getCycleOverview } from "@/lib/server/messages/get-cycle-overview";
import { currentCycle, ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { getPerson } from "@/lib/server/people/get-person";
import { listPeople } from "@/lib/server/people/list-people";
import { getYearPlan } from "@/lib/server/plan/get-year-plan";
import { getRunningLog } from "@/lib/server/plan/running-log";
import { getTargets } from "@/lib/server/targets/get-targets";

/**
 * Read-only views of a resident for an advisor. Each first checks the grant and scope (requireGrant), then reuses
 * the resident's own data layer with the resident as subject, and removes what the scopes do not share.
 */

export async function advisorOverview(viewer: Viewer, residentId: string, now: Date, options: { record?: boolean } = {}) {
  const r = await requireGrant(viewer, residentId, now, "overview", options);
  return { name: r.name, programName: r.programName, institution: r.institution, scopes: [...r.scopes] };
}

export async function advisorTargets(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "targets");
  const t = await getTargets(r.subject);
  return {
    name: r.name,
    programStartDate: t.programStartDate,
    history: t.history,
    target: t.target ? { ...t.target, planB: r.scopes.has("plan_b") ? t.target.planB : null, planBDetail: r.scopes.has("plan_b") ? t.target.planBDetail : null, planBShared: r.scopes.has("plan_b") } : null,
  };
}

export async function advisorPeople(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "people");
  const { people, aListCount } = await listPeople(r.subject, { sort: "attention" }, now);
  return { name: r.name, people, aListCount };
}

export async function advisorPerson(viewer: Viewer, residentId: string, personId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "people");
  const detail = await getPerson(r.subject, personId, now);
  const notes = r.scopes.has("private_notes");
  return {
    name: r.name,
    ...detail,
    person: { ...detail.person, privateNotes: notes ? detail.person.privateNotes : null, email: null, asks: r.scopes.has("asks") ? detail.person.asks : [] },
    privateNotesShared: notes,
  };
}

export async function advisorAsks(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "asks");
  return { name: r.name, ...(await listAsks(r.subject)) };
}

export async function advisorPlan(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "plan");
  const [plan, log] = await Promise.all([getYearPlan(r.subject, now), getRunningLog(r.subject, null)]);
  return { name: r.name, plan, log: log.rows };
}

export async function advisorPrograms(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "programs");
  const cycles = await ensureCycles(r.subject);
  const cycle = currentCycle(cycles, now);
  const overview = cycle ? await getCycleOverview(r.subject, cycle.id) : null;
  const contents = r.scopes.has("message_contents");
  const messages = contents
    ? await db().message.findMany({
        where: { residentId: r.subject.residentId, ...(cycle ? { cycleId: cycle.id } : {}) },
        orderBy: { sentAt: "desc" },
        select: { id: true, programId: true, kind: true, subject: true, body: true, sentAt: true },
      })
    : [];
  const loiShared = r.scopes.has("loi_status");
  return {
    name: r.name,
    cycleName: cycle?.name ?? null,
    programs: (overview?.programs ?? []).map((p) => ({ ...p, claimedFirstChoice: loiShared ? p.claimedFirstChoice : false, messages: messages.filter((m) => m.programId === p.id) })),
    contentsShared: contents,
  };
}

export async function advisorLoi(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "loi");
  const cycles = await ensureCycles(r.subject);
  const cycle = currentCycle(cycles, now);
  const overview = cycle ? await getCycleOverview(r.subject, cycle.id) : null;
  return { name: r.name, cycleName: cycle?.name ?? null, letterOfIntent: overview?.letterOfIntent ?? null, firstChoice: overview?.firstChoice ?? null };
}


type Summary = {
  residentId: string;
  name: string;
  programName: string;
  target: string | null;
  decision: string | null;
  aListTouches: { done: number; total: number } | null;
  lettersSecured: number | null;
  nextTouchpoint: { label: string; opensOn: Date } | null;
  overdue: number | null;
  scopes: AdvisorScope[];
};

/**
 * The advisor's home: one line per resident who shares with them, sorted by what needs attention (most overdue
 * first). Each field appears only when its scope is shared. Loading a resident here is not logged as a view.
 */
export async function advisorHome(viewer: Viewer, now: Date): Promise<Summary[]> {
  if (viewer.role !== "ADVISOR") return [];
  const grants = await db().advisorGrant.findMany({
    where: { advisorId: viewer.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { scopes: true, resident: { select: { id: true, name: true, email: true, residentProfile: { select: { programName: true } } } } },
  });
  const today = startOfDayUtc(now);
  const rows = await Promise.all(
    grants
      .filter((g) => g.resident.residentProfile)
      .map(async (g) => {
        const scopes = new Set(g.scopes as AdvisorScope[]);
        const subject = { userId: g.resident.id, residentId: g.resident.id, email: g.resident.email, name: g.resident.name, role: "RESIDENT" as const };
        const [dash, plan] = await Promise.all([getDashboard(subject, now), scopes.has("rotations") ? getYearPlan(subject, now) : Promise.resolve(null)]);
        const nextTp = plan?.touchpoints.find((t) => t.status === "PLANNED" && (t.closesOn === null || t.closesOn >= today)) ?? null;
        return {
          residentId: g.resident.id,
          name: g.resident.name,
          programName: g.resident.residentProfile!.programName,
          target: scopes.has("targets") ? (dash.target?.label ?? "Not set") : null,
          decision: scopes.has("targets") ? (dash.decision ? (dash.decision.decided ? "Decided" : dash.decision.overdue ? "Overdue" : "Open") : "No target yet") : null,
          aListTouches: scopes.has("people") ? { done: dash.aList.reduce((n, p) => n + p.progress.completed, 0), total: dash.aList.length * 3 } : null,
          lettersSecured: scopes.has("asks") ? dash.letters.secured : null,
          nextTouchpoint: nextTp ? { label: nextTp.label, opensOn: nextTp.opensOn } : null,
          overdue: scopes.has("people") || scopes.has("targets") || scopes.has("rotations") ? visibleToAdvisor(dash.week.overdue, scopes).length : null,
          scopes: [...scopes],
        };
      }),
  );
  return rows.sort((a, b) => (b.overdue ?? 0) - (a.overdue ?? 0) || a.name.localeCompare(b.name));
}

/** The printable one-page meeting packet, built from whatever the scopes share. */
export async function advisorPacket(viewer: Viewer, residentId: string, now: Date) {
  const r = await requireGrant(viewer, residentId, now, "packet");
  const [dash, targets, plan, asks, openItems] = await Promise.all([
    getDashboard(r.subject, now),
    r.scopes.has("targets") ? getTargets(r.subject) : Promise.resolve(null),
    r.scopes.has("rotations") ? getYearPlan(r.subject, now) : Promise.resolve(null),
    r.scopes.has("asks") ? listAsks(r.subject) : Promise.resolve(null),
    r.scopes.has("people")
      ? db().actionItem.findMany({ where: { residentId: r.subject.residentId, status: "OPEN" }, orderBy: { createdAt: "desc" }, take: 8, select: { text: true, meeting: { select: { person: { select: { name: true } } } } } })
      : Promise.resolve([]),
  ]);
  return {
    name: r.name,
    programName: r.programName,
    institution: r.institution,
    generatedOn: now,
    target: targets?.target ? { specialty: specialtyLabel(targets.target.specialty, targets.target.specialtyOther), stance: targets.target.geoStance, detail: targets.target.geoDetail, decision: targets.target.decision } : null,
    decision: r.scopes.has("targets") ? dash.decision : null,
    aList: r.scopes.has("people") ? dash.aList.map((p) => ({ name: p.name, completed: p.progress.completed, next: p.next.label, dueOn: p.next.dueOn })) : null,
    overdue: r.scopes.has("people") || r.scopes.has("targets") || r.scopes.has("rotations") ? visibleToAdvisor(dash.week.overdue, r.scopes).map((i) => i.title) : null,
    letters: asks ? asks.letters : null,
    touchpoints: plan ? plan.touchpoints.map((t) => ({ label: t.label, state: t.state, opensOn: t.opensOn, closesOn: t.closesOn })) : null,
    openQuestions: openItems.map((i) => `${i.text} (from ${i.meeting.person.name})`),
  };
}
