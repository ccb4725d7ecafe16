import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireMembership, requireModerator } from "@/lib/server/cohorts/membership";

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

export async function removeMember(viewer: Viewer, input: { cohortId: string; userId: string }): Promise<void> {
  await requireModerator(viewer, input.cohortId);
  if (input.userId === viewer.userId) throw new AppError("CONFLICT", "To leave the cohort yourself, use Leave cohort.");
  const { count } = await db().cohortMembership.deleteMany({ where: { cohortId: input.cohortId, userId: input.userId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That member was not found.");
}

export async function setMemberRole(viewer: Viewer, input: { cohortId: string; userId: string; role: "MEMBER" | "MODERATOR" }): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM cohorts WHERE id = ${input.cohortId}::uuid FOR UPDATE`;
    await requireModerator(viewer, input.cohortId, tx);
    if (input.role === "MEMBER") {
      const moderators = await tx.cohortMembership.count({ where: { cohortId: input.cohortId, role: "MODERATOR" } });
      if (moderators === 1 && input.userId === viewer.userId) throw new AppError("CONFLICT", "A cohort needs at least one moderator. Appoint someone else first.");
    }
    const { count } = await tx.cohortMembership.updateMany({ where: { cohortId: input.cohortId, userId: input.userId }, data: { role: input.role } });
    if (count !== 1) throw new AppError("NOT_FOUND", "That member was not found.");
  });
}
