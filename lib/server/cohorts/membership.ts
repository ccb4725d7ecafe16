import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type Membership = { cohortId: string; userId: string; role: "MEMBER" | "MODERATOR" };

/**
 * The viewer's membership of a cohort, read from the database on every call: someone who left or was removed
 * gets "not found" on their next request, as does anyone who never belonged.
 */
export async function requireMembership(viewer: Viewer, cohortId: string, tx?: Tx): Promise<Membership> {
  const membership = await (tx ?? db()).cohortMembership.findUnique({
    where: { cohortId_userId: { cohortId, userId: viewer.userId } },
    select: { cohortId: true, userId: true, role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", "That cohort was not found.");
  return membership;
}

export async function requireModerator(viewer: Viewer, cohortId: string, tx?: Tx): Promise<Membership> {
  const membership = await requireMembership(viewer, cohortId, tx);
  if (membership.role !== "MODERATOR") throw new AppError("FORBIDDEN", "Only the cohort's moderators can do that.");
  return membership;
}
