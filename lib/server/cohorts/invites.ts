import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { BANNED_MESSAGE, findMembership, isBanned, lockMembership, requireModerator } from "@/lib/server/cohorts/membership";

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Moderators make invitation links with an expiry and a maximum number of uses; only a hash is stored. */
export async function createInvite(
  viewer: Viewer,
  input: { cohortId: string; expiresInDays: number; maxUses: number },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  await requireModerator(viewer, input.cohortId);
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  await db().cohortInvite.create({
    data: { cohortId: input.cohortId, tokenHash: hashInviteToken(token), createdBy: viewer.userId, expiresAt, maxUses: input.maxUses },
  });
  return { token, expiresAt };
}

export async function listInvites(viewer: Viewer, cohortId: string) {
  await requireModerator(viewer, cohortId);
  return db().cohortInvite.findMany({
    where: { cohortId },
    orderBy: { createdAt: "desc" },
    select: { id: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true, createdAt: true },
  });
}

export async function revokeInvite(viewer: Viewer, input: { cohortId: string; inviteId: string }, now: Date): Promise<void> {
  await requireModerator(viewer, input.cohortId);
  const { count } = await db().cohortInvite.updateMany({ where: { id: input.inviteId, cohortId: input.cohortId, revokedAt: null }, data: { revokedAt: now } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That invitation was not found or is already revoked.");
}

/** What the join page shows before accepting: only the cohort's name, and only for a live invitation. */
export async function previewInvite(token: string, now: Date) {
  const invite = await db().cohortInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { expiresAt: true, maxUses: true, uses: true, revokedAt: true, cohort: { select: { id: true, name: true, institution: true } } },
  });
  if (!invite || invite.revokedAt || invite.expiresAt <= now || invite.uses >= invite.maxUses) return null;
  return invite.cohort;
}

/**
 * Joins through an invitation. The use is counted by one conditional UPDATE, so concurrent joins can never pass
 * the limit (and a CHECK constraint backs it up). Someone already in the cohort uses nothing; someone a moderator
 * removed is refused (and uses nothing) until the ban is lifted, under the lock a removal takes too.
 */
export async function joinCohort(viewer: Viewer, token: string, now: Date): Promise<{ cohortId: string }> {
  const tokenHash = hashInviteToken(token);
  return db().$transaction(async (tx) => {
    const invite = await tx.cohortInvite.findUnique({ where: { tokenHash }, select: { id: true, cohortId: true } });
    if (!invite) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask a moderator for a new one.");
    await lockMembership(tx, invite.cohortId, viewer.userId);
    if (await findMembership(viewer, invite.cohortId, tx)) return { cohortId: invite.cohortId };
    if (await isBanned(tx, invite.cohortId, viewer.userId)) throw new AppError("FORBIDDEN", BANNED_MESSAGE);
    const claimed = await tx.$executeRaw`
      UPDATE cohort_invites SET uses = uses + 1
      WHERE id = ${invite.id}::uuid AND revoked_at IS NULL AND expires_at > ${now} AND uses < max_uses`;
    if (claimed !== 1) throw new AppError("NOT_FOUND", "This invitation has expired or has been used up. Ask a moderator for a new one.");
    await tx.cohortMembership.create({ data: { cohortId: invite.cohortId, userId: viewer.userId, role: "MEMBER" } });
    return { cohortId: invite.cohortId };
  });
}
