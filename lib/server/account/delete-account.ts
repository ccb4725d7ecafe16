import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";
import { reactionCounter } from "@/lib/server/board/react-to-post";

/**
 * Deletes the account and everything personal with it (the resident's workspace cascades, advisor grants go at
 * once). Board posts and comments stay, shown as "former member", so a cohort's history is not broken; counters
 * the user's reactions contributed to are adjusted first; a cohort the user alone moderated gets its longest-standing
 * member as moderator.
 */
export async function deleteAccount(viewer: Viewer, confirmation: string): Promise<void> {
  if (confirmation.trim().toLowerCase() !== viewer.email) {
    throw new AppError("VALIDATION", "Type your email address exactly to confirm.", {
      fieldErrors: { confirmation: ["Type your email address exactly to confirm."] },
    });
  }
  await db().$transaction(async (tx) => {
    const reactions = await tx.postReaction.findMany({ where: { userId: viewer.userId }, select: { postId: true, kind: true, sourceType: true } });
    for (const r of reactions) {
      const column = reactionCounter(r.kind, r.sourceType);
      await tx.$executeRawUnsafe(`UPDATE board_posts SET ${column} = GREATEST(${column} - 1, 0) WHERE id = $1::uuid`, r.postId);
    }
    const flags = await tx.postFlag.findMany({ where: { userId: viewer.userId }, select: { postId: true } });
    for (const f of flags) await tx.$executeRaw`UPDATE board_posts SET flag_count = GREATEST(flag_count - 1, 0) WHERE id = ${f.postId}::uuid`;

    const moderated = await tx.cohortMembership.findMany({ where: { userId: viewer.userId, role: "MODERATOR" }, select: { cohortId: true } });
    for (const { cohortId } of moderated) {
      const others = await tx.cohortMembership.count({ where: { cohortId, role: "MODERATOR", userId: { not: viewer.userId } } });
      if (others === 0) {
        const next = await tx.cohortMembership.findFirst({
          where: { cohortId, userId: { not: viewer.userId } },
          orderBy: { joinedAt: "asc" },
          select: { userId: true },
        });
        if (next) await tx.cohortMembership.update({ where: { cohortId_userId: { cohortId, userId: next.userId } }, data: { role: "MODERATOR" } });
      }
    }
    const { count } = await tx.user.deleteMany({ where: { id: viewer.userId } });
    if (count !== 1) throw new AppError("NOT_FOUND", "That account no longer exists.");
    await recordEvent({ actorId: null, subjectUserId: viewer.userId, action: "account.deleted" }, tx);
  });
}
