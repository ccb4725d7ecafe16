import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockMembership, requireMembership, requireModerator } from "@/lib/server/cohorts/membership";

/** Leaving ends access on the next request. The last moderator of a cohort with other members appoints another first. */
export async function leaveCohort(viewer: Viewer, cohortId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM cohorts WHERE id = ${cohortId}::uuid FOR UPDATE`;
    const me = await requireMembership(viewer, cohortId, tx);
    if (me.role === "MODERATOR") {
      const [moderators, members] = await Promise.all([
        tx.cohortMembership.count({ where: { cohortId, role: "MODERATOR" } }),
        tx.cohortMembership.count({ where: { cohortId } }),
      ]);
      if (moderators === 1 && members > 1) throw new AppError("CONFLICT", "You are the only moderator. Appoint another moderator before you leave.");
    }
    await tx.cohortMembership.delete({ where: { cohortId_userId: { cohortId, userId: viewer.userId } } });
  });
}

/**
 * Removal is a ban: the member leaves at once and no invitation brings them back until a moderator lifts it. The
 * shared lock comes first, so a join racing this removal either lands before it (and is deleted with the ban) or
 * sees the ban; the database's triggers hold the same line for any other writer.
 */
export async function removeMember(viewer: Viewer, input: { cohortId: string; userId: string }, now: Date): Promise<void> {
  if (input.userId === viewer.userId) {
    await requireModerator(viewer, input.cohortId);
    throw new AppError("CONFLICT", "To leave the cohort yourself, use Leave cohort.");
  }
  await db().$transaction(async (tx) => {
    await lockMembership(tx, input.cohortId, input.userId);
    await requireModerator(viewer, input.cohortId, tx);
    const { count } = await tx.cohortMembership.deleteMany({ where: { cohortId: input.cohortId, userId: input.userId } });
    if (count !== 1) throw new AppError("NOT_FOUND", "That member was not found.");
    await tx.cohortBan.create({ data: { cohortId: input.cohortId, userId: input.userId, bannedBy: viewer.userId, bannedAt: now } });
  });
}

export async function setMemberRole(viewer: Viewer, input: { cohortId: string; userId: string; role: "MEMBER" | "MODERATOR" }): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM cohorts WHERE id = ${input.cohortId}::uuid FOR UPDATE`;
    await requireModerator(viewer, input.cohortId, tx);
    if (input.role === "MEMBER") {
      const moderators = await tx.cohortMembership.count({ where: { cohortId: input.cohortId, role: "MODERATOR" } });
      if (moderators === 1 && input.userId === viewer.userId)
        throw new AppError("CONFLICT", "A cohort needs at least one moderator. Appoint someone else first.");
    }
    const { count } = await tx.cohortMembership.updateMany({ where: { cohortId: input.cohortId, userId: input.userId }, data: { role: input.role } });
    if (count !== 1) throw new AppError("NOT_FOUND", "That member was not found.");
  });
}

/** Lets a removed person join again (through an invitation, like anyone else); the lifted ban stays as history. */
export async function liftBan(viewer: Viewer, input: { cohortId: string; userId: string }, now: Date): Promise<void> {
  await requireModerator(viewer, input.cohortId);
  const { count } = await db().cohortBan.updateMany({
    where: { cohortId: input.cohortId, userId: input.userId, liftedAt: null },
    data: { liftedAt: now, liftedBy: viewer.userId },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That person is not banned from this cohort.");
}
