import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";

export type TargetsDto = {
  target: {
    specialty: string;
    specialtyOther: string | null;
    geoStance: "ANYWHERE" | "PREFER_REGION" | "TIED_TO_PLACE";
    geoDetail: string | null;
    planB: "REAPPLY_SAME" | "PIVOT" | "RESEARCH_YEAR" | "OTHER" | null;
    planBDetail: string | null;
    decision: "UNDECIDED" | "REAPPLY" | "PIVOT";
    decidedAt: string | null;
    unsuccessfulCycles: number;
    pivotFrom: string | null;
    pivotPath: string | null;
  } | null;
  history: { field: "SPECIALTY" | "STANCE"; fromValue: string | null; toValue: string; changedAt: Date }[];
  programStartDate: string;
};

export async function getTargets(viewer: ResidentViewer): Promise<TargetsDto> {
  const profile = await db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: {
      programStartDate: true,
      target: true,
      targetChanges: { orderBy: { changedAt: "desc" }, take: 50, select: { field: true, fromValue: true, toValue: true, changedAt: true } },
    },
  });
  const t = profile.target;
  return {
    target: t
      ? {
          specialty: t.specialty,
          specialtyOther: t.specialtyOther,
          geoStance: t.geoStance,
          geoDetail: t.geoDetail,
          planB: t.planB,
          planBDetail: t.planBDetail,
          decision: t.decision,
          decidedAt: t.decidedAt ? t.decidedAt.toISOString() : null,
          unsuccessfulCycles: t.unsuccessfulCycles,
          pivotFrom: t.pivotFrom,
          pivotPath: t.pivotPath,
        }
      : null,
    history: profile.targetChanges,
    programStartDate: toDateOnly(profile.programStartDate),
  };
}
