import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { membershipWhere } from "@/lib/server/cohorts/membership";

export async function listMyCohorts(viewer: Viewer) {
  const memberships = await db().cohortMembership.findMany({
    where: membershipWhere(viewer),
    orderBy: { joinedAt: "asc" },
    select: {
      role: true,
      cohort: {
        select: {
          id: true,
          name: true,
          institution: true,
          year: true,
          track: true,
          _count: { select: { memberships: true, posts: { where: { status: "VISIBLE" } } } },
        },
      },
    },
  });
  return memberships.map((m) => ({ ...m.cohort, role: m.role, memberCount: m.cohort._count.memberships, postCount: m.cohort._count.posts }));
}
