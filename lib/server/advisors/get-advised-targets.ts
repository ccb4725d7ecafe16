import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { decisionStatus } from "@/lib/rules/workspace";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/** Target specialty, location, the reapply-or-pivot decision and how the target changed (targets); Plan B with plan_b. */
export async function getAdvisedTargets(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "targets");
  const s = a.scopes;
  const [target, history] = await Promise.all([
    db().target.findUnique({
      where: { residentId: a.residentId },
      select: advisorSelect(s, "Target", [
        "specialty",
        "specialtyOther",
        "geoStance",
        "geoDetail",
        "planB",
        "planBDetail",
        "decision",
        "decidedAt",
        "unsuccessfulCycles",
      ]),
    }),
    db().targetChange.findMany({
      where: { residentId: a.residentId },
      orderBy: { changedAt: "desc" },
      take: 50,
      select: advisorSelect(s, "TargetChange", ["field", "fromValue", "toValue", "changedAt"]),
    }),
  ]);
  const planBShared = s.has("plan_b");
  return {
    name: a.name,
    target: target
      ? {
          ...target,
          planB: target.planB ?? null,
          planBDetail: target.planBDetail ?? null,
          planBShared,
          status: decisionStatus({ programStartDate: a.programStartDate, decision: target.decision, now: startOfDayUtc(now) }),
        }
      : null,
    history,
  };
}
