import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { requireMembership } from "@/lib/server/cohorts/membership";

/** A cohort the viewer belongs to, with its members; everyone else gets "not found". */
export async function getCohort(viewer: Viewer, cohortId: string) {
  const membership = await requireMembership(viewer, cohortId);
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      programName: true,
      institution: true,
      year: true,
      track: true,
      memberships: { orderBy: { joinedAt: "asc" }, select: { role: true, joinedAt: true, user: { select: { id: true, name: true } } } },
    },
  });
  return { ...cohort, viewerRole: membership.role };
}
export type CohortDetail = Awaited<ReturnType<typeof getCohort>>;
