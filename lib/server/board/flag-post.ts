import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { shouldHide } from "@/lib/rules/board-rules";
import { publishBoardEvent } from "@/lib/server/board/events";
import { lockVisiblePost } from "@/lib/server/board/react-to-post";
import type { flagSchema } from "@/lib/validation/board";

/**
 * Flags a post. A moderator's flag, or flags from enough different current members (lib/rules/board-rules.ts
 * shouldHide), hide the post pending review, and the author and the moderators are told, once: the post's row lock
 * makes exactly one flag the one that crosses the line. Flags from people who have left or were removed no longer
 * count.
 */
export async function flagPost(viewer: Viewer, input: z.infer<typeof flagSchema>, now: Date): Promise<{ hidden: boolean }> {
  return db().$transaction(async (tx) => {
    const post = await lockVisiblePost(tx, viewer, input.postId);
    if (post.author_id === viewer.userId) throw new AppError("RULE_VIOLATION", "You cannot flag your own post; edit it or ask a moderator to remove it.");
    const inserted = await tx.$executeRaw`
      INSERT INTO post_flags (post_id, user_id, reason, note) VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, ${input.reason}::"FlagReason", ${input.note ?? null})
      ON CONFLICT DO NOTHING`;
    if (inserted !== 1) throw new AppError("CONFLICT", "You have already flagged this post. Moderators will review it.");
    await tx.$executeRaw`UPDATE board_posts SET flag_count = flag_count + 1 WHERE id = ${input.postId}::uuid`;
    const [counts] = await tx.$queryRaw<{ members: number; member_flags: number; moderator_flags: number }[]>`
      SELECT (SELECT count(*)::int FROM cohort_memberships WHERE cohort_id = ${post.cohort_id}::uuid) AS members,
             count(m.user_id)::int AS member_flags,
             count(m.user_id) FILTER (WHERE m.role = 'MODERATOR')::int AS moderator_flags
      FROM post_flags f
      LEFT JOIN cohort_memberships m ON m.cohort_id = ${post.cohort_id}::uuid AND m.user_id = f.user_id
      WHERE f.post_id = ${input.postId}::uuid`;
    if (!counts || !shouldHide({ memberCount: counts.members, flagsFromMembers: counts.member_flags, flaggedByModerator: counts.moderator_flags > 0 }))
      return { hidden: false };
    await tx.boardPost.update({ where: { id: input.postId }, data: { status: "HIDDEN", hiddenAt: now } });
    const moderators = await tx.cohortMembership.findMany({ where: { cohortId: post.cohort_id, role: "MODERATOR" }, select: { userId: true } });
    const recipients = new Set(moderators.map((m) => m.userId));
    const notices = [...recipients]
      .filter((id) => id !== post.author_id)
      .map((userId) => ({
        userId,
        kind: "post.review",
        message: "A post was hidden after members flagged it. Review it and restore or remove it.",
        cohortId: post.cohort_id,
        postId: input.postId,
      }));
    if (post.author_id) {
      notices.push({
        userId: post.author_id,
        kind: "post.hidden",
        message: "Members flagged one of your posts, so it is hidden until a moderator reviews it. Check that it describes the opening, not a person.",
        cohortId: post.cohort_id,
        postId: input.postId,
      });
    }
    await tx.notification.createMany({ data: notices });
    await publishBoardEvent(tx, { cohortId: post.cohort_id, type: "moderation", postId: input.postId });
    return { hidden: true };
  });
}
