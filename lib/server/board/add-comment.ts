import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { consume } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publishBoardEvent } from "@/lib/server/board/events";
import { lockVisiblePost } from "@/lib/server/board/react-to-post";
import type { commentSchema } from "@/lib/validation/board";

export async function addComment(viewer: Viewer, input: z.infer<typeof commentSchema>): Promise<{ id: string; cohortId: string }> {
  return db().$transaction(async (tx) => {
    const post = await lockVisiblePost(tx, viewer, input.postId);
    await consume("boardComment", viewer.userId, "comments in a short time");
    if (input.parentId) {
      const parent = await tx.postComment.findFirst({ where: { id: input.parentId, postId: input.postId }, select: { parentId: true } });
      if (!parent) throw new AppError("NOT_FOUND", "The comment you are replying to was not found.");
      if (parent.parentId) throw new AppError("VALIDATION", "Replies go one level deep: reply to the original comment instead.");
    }
    const comment = await tx.postComment.create({
      data: { postId: input.postId, authorId: viewer.userId, parentId: input.parentId ?? null, body: input.body },
      select: { id: true },
    });
    await tx.$executeRaw`UPDATE board_posts SET comment_count = comment_count + 1 WHERE id = ${input.postId}::uuid`;
    await publishBoardEvent(tx, { cohortId: post.cohort_id, type: "comment", postId: input.postId });
    return { id: comment.id, cohortId: post.cohort_id };
  });
}
