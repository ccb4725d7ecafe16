import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { normalizeScopes, type AdvisorScope } from "@/lib/rules/advisor-scopes";
import { specialtyLabel } from "@/lib/rules/specialties";
import { decisionStatus, thisWeek } from "@/lib/rules/workspace";
import { readAdvisedDueItems, readAdvisedLetters, readAdvisedPeople, readAdvisedTouchpoints } from "@/lib/server/advisors/advised-reads";
import { advisorSelect, scopeSet } from "@/lib/server/advisors/field-access";
import { advisorGrantsWhere, type AdvisorAccess } from "@/lib/server/advisors/live-grant";

export type AdvisedSummary = {
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

/** One resident's line on the advisor's home: each field only when its scope is shared. */
async function summarize(a: AdvisorAccess, now: Date): Promise<AdvisedSummary> {
  const s = a.scopes;
  const today = startOfDayUtc(now);
  const [target, aList, letters, touchpoints, due] = await Promise.all([
    s.has("targets")
      ? db().target.findUnique({ where: { residentId: a.residentId }, select: advisorSelect(s, "Target", ["specialty", "specialtyOther", "decision"]) })
      : null,
    readAdvisedPeople(a, now, { aListOnly: true }),
    readAdvisedLetters(a),
    readAdvisedTouchpoints(a, now),
    readAdvisedDueItems(a, now),
  ]);
  const decision = target ? decisionStatus({ programStartDate: a.programStartDate, decision: target.decision, now: today }) : null;
  const nextTp = touchpoints?.find((t) => t.status === "PLANNED" && (t.closesOn === null || t.closesOn >= today)) ?? null;
  return {
    residentId: a.residentId,
    name: a.name,
    programName: a.programName,
    target: s.has("targets") ? (target ? specialtyLabel(target.specialty, target.specialtyOther) : "Not set") : null,
    decision: s.has("targets") ? (decision ? (decision.decided ? "Decided" : decision.overdue ? "Overdue" : "Open") : "No target yet") : null,
    aListTouches: aList ? { done: aList.reduce((n, p) => n + p.progress.completed, 0), total: aList.length * 3 } : null,
    lettersSecured: letters?.secured ?? null,
    nextTouchpoint: nextTp ? { label: nextTp.label, opensOn: nextTp.opensOn } : null,
    overdue: s.has("people") || s.has("targets") || s.has("rotations") ? thisWeek(due, today).overdue.length : null,
    scopes: a.sharedScopes,
  };
}

/**
 * The advisor's home: one line per resident who shares with them right now, most overdue first. Loading it is not
 * logged as a view of any resident.
 */
export async function getAdvisorHome(viewer: Viewer, now: Date): Promise<AdvisedSummary[]> {
  if (viewer.role !== "ADVISOR") return [];
  const grants = await db().advisorGrant.findMany({
    where: advisorGrantsWhere(viewer, now),
    select: {
      residentId: true,
      scopes: true,
      resident: { select: { name: true, residentProfile: { select: { programName: true, institution: true, programStartDate: true, joinedOn: true } } } },
    },
  });
  const rows = await Promise.all(
    grants.map((g) => {
      const shared = normalizeScopes(g.scopes);
      const profile = g.resident.residentProfile!;
      return summarize({ residentId: g.residentId, scopes: scopeSet(shared), sharedScopes: shared, name: g.resident.name, ...profile }, now);
    }),
  );
  return rows.sort((x, y) => (y.overdue ?? 0) - (x.overdue ?? 0) || x.name.localeCompare(y.name));
}
