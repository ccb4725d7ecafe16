import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { flagThreshold } from "@/lib/rules/board-rules";
import { publishBoardEvent } from "@/lib/server/board/events";
import { lockVisiblePost } from "@/lib/server/board/react-to-post";
import type { flagSchema } from "@/lib/validation/board";

/**
 * Flags a post. When flags reach the threshold (3, or 20% of members if smaller) the post is hidden pending
 * review, and the author and the moderators are told, once: the post's row lock makes exactly one flag the one
 * that crosses the line.
 */
export async function flagPost(viewer: Viewer, input: z.infer<typeof flagSchema>, now: Date): Promise<{ hidden: boolean }> {
  return db().$transaction(async (tx) => {
    const post = await lockVisiblePost(tx, viewer, input.postId);
    if (post.author_id === viewer.userId) throw new AppError("RULE_VIOLATION", "You cannot flag your own post; edit it or ask a moderator to remove it.");
    const inserted = await tx.$executeRaw`
      INSERT INTO post_flags (post_id, user_id, reason, note) VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, ${input.reason}::"FlagReason", ${input.note ?? null})
      ON CONFLICT DO NOTHING`;
    if (inserted !== 1) throw new AppError("CONFLICT", "You have already flagged this post. Moderators will review it.");
    const [{ flag_count: flags } = { flag_count: 0 }] = await tx.$queryRaw<{ flag_count: number }[]>`
      UPDATE board_posts SET flag_count = flag_count + 1 WHERE id = ${input.postId}::uuid RETURNING flag_count`;
    const members = await tx.cohortMembership.count({ where: { cohortId: post.cohort_id } });
    if (flags < flagThreshold(members)) return { hidden: false };
    await tx.boardPost.update({ where: { id: input.postId }, data: { status: "HIDDEN", hiddenAt: now } });
    const moderators = await tx.cohortMembership.findMany({ where: { cohortId: post.cohort_id, role: "MODERATOR" }, select: { userId: true } });
    const recipients = new Set(moderators.map((m) => m.userId));
    const notices = [...recipients].filter((id) => id !== post.author_id).map((userId) => ({
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
