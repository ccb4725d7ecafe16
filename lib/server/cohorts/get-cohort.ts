import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { requireMembership } from "@/lib/server/cohorts/membership";

/**
 * A cohort the viewer belongs to, with its members; everyone else gets "not found". Moderators also get the
 * people removed from it (active bans), so they can lift a ban; members never learn who was removed.
 */
export async function getCohort(viewer: Viewer, cohortId: string) {
  const membership = await requireMembership(viewer, cohortId);
  const moderator = membership.role === "MODERATOR";
  const [cohort, bans] = await Promise.all([
    db().cohort.findUniqueOrThrow({
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
    }),
    moderator
      ? db().cohortBan.findMany({
          where: { cohortId, liftedAt: null },
          orderBy: { bannedAt: "desc" },
          select: { bannedAt: true, user: { select: { id: true, name: true } } },
        })
      : Promise.resolve([]),
  ]);
  return { ...cohort, bans, viewerRole: membership.role };
}
export type CohortDetail = Awaited<ReturnType<typeof getCohort>>;
