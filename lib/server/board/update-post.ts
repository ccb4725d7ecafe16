import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { consume } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publishBoardEvent } from "@/lib/server/board/events";
import { assertPostAllowed, postColumns } from "@/lib/server/board/post-draft";
import { requireMembership } from "@/lib/server/cohorts/membership";
import type { PostInput } from "@/lib/validation/board";

/** Authors edit their own posts; the previous version is kept and shown as history. */
export async function updatePost(viewer: Viewer, postId: string, input: PostInput, now: Date): Promise<void> {
  assertPostAllowed(input, now);
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM board_posts WHERE id = ${postId}::uuid AND cohort_id = ${input.cohortId}::uuid FOR UPDATE`;
    if (!rows.length) throw new AppError("NOT_FOUND", "That post was not found.");
    await requireMembership(viewer, input.cohortId, tx);
    const before = await tx.boardPost.findUniqueOrThrow({ where: { id: postId } });
    if (before.authorId !== viewer.userId) throw new AppError("NOT_FOUND", "That post was not found.");
    if (before.status === "REMOVED") throw new AppError("CONFLICT", "This post was removed by a moderator and can no longer be edited.");
    // Counted only once the edit is known to be the author's own: a refused call writes nothing, not even this.
    await consume("boardEdit", viewer.userId, "edits in a short time");
    const { search: _search, ...snapshot } = before as typeof before & { search?: unknown };
    await tx.postRevision.create({ data: { postId, editorId: viewer.userId, previous: JSON.parse(JSON.stringify(snapshot)) } });
    await tx.boardPost.update({ where: { id: postId }, data: { ...postColumns(input), editedAt: now } });
    await publishBoardEvent(tx, { cohortId: input.cohortId, type: "post", postId });
  });
}
