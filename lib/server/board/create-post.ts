import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { consume } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { requireMembership } from "@/lib/server/cohorts/membership";
import { publishBoardEvent } from "@/lib/server/board/events";
import { assertPostAllowed, postColumns } from "@/lib/server/board/post-draft";
import type { PostInput } from "@/lib/validation/board";

export async function createPost(viewer: Viewer, input: PostInput, now: Date): Promise<{ id: string }> {
  await requireMembership(viewer, input.cohortId);
  assertPostAllowed(input, now);
  await consume("boardPost", viewer.userId, "posts in a short time");
  return db().$transaction(async (tx) => {
    await requireMembership(viewer, input.cohortId, tx);
    const post = await tx.boardPost.create({ data: { cohortId: input.cohortId, authorId: viewer.userId, ...postColumns(input) }, select: { id: true } });
    await publishBoardEvent(tx, { cohortId: input.cohortId, type: "post", postId: post.id });
    return post;
  });
}
