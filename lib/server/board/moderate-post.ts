import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publishBoardEvent } from "@/lib/server/board/events";
import { requireModerator } from "@/lib/server/cohorts/membership";

/** Moderators restore a hidden post (its flags are cleared) or remove it; the author is told either way. */
export async function moderatePost(viewer: Viewer, input: { postId: string; decision: "RESTORE" | "REMOVE" }): Promise<void> {
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ cohort_id: string; author_id: string | null; status: string }[]>`
      SELECT cohort_id, author_id, status FROM board_posts WHERE id = ${input.postId}::uuid FOR UPDATE`;
    const post = rows[0];
    if (!post) throw new AppError("NOT_FOUND", "That post was not found.");
    await requireModerator(viewer, post.cohort_id, tx);
    if (input.decision === "RESTORE") {
      if (post.status === "VISIBLE") throw new AppError("CONFLICT", "This post is already on the board.");
      await tx.postFlag.deleteMany({ where: { postId: input.postId } });
      await tx.boardPost.update({ where: { id: input.postId }, data: { status: "VISIBLE", flagCount: 0, hiddenAt: null } });
    } else {
      if (post.status === "REMOVED") throw new AppError("CONFLICT", "This post is already removed.");
      await tx.boardPost.update({ where: { id: input.postId }, data: { status: "REMOVED" } });
    }
    if (post.author_id && post.author_id !== viewer.userId) {
      await tx.notification.create({
        data: {
          userId: post.author_id,
          kind: input.decision === "RESTORE" ? "post.restored" : "post.removed",
          message:
            input.decision === "RESTORE"
              ? "A moderator reviewed your post and put it back on the board."
              : "A moderator reviewed your post and removed it from the board.",
          cohortId: post.cohort_id,
          postId: input.postId,
        },
      });
    }
    await publishBoardEvent(tx, { cohortId: post.cohort_id, type: "moderation", postId: input.postId });
  });
}
