import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { consume } from "@/lib/auth/rate-limit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canConfirm } from "@/lib/rules/board-rules";
import { publishBoardEvent } from "@/lib/server/board/events";
import { requireMembership } from "@/lib/server/cohorts/membership";
import type { reactSchema } from "@/lib/validation/board";

const COUNTER = { CONFIRM: "confirm_count", DISPUTE: "dispute_count", INTEREST: "interest_count" } as const;

/** Locks the post row and returns it if the viewer may see it (member of its cohort, post visible). */
export async function lockVisiblePost(tx: Tx, viewer: Viewer, postId: string) {
  const rows = await tx.$queryRaw<{ id: string; cohort_id: string; author_id: string | null; status: string; evidence_kind: string }[]>`
    SELECT id, cohort_id, author_id, status, evidence_kind FROM board_posts WHERE id = ${postId}::uuid FOR UPDATE`;
  const post = rows[0];
  if (!post) throw new AppError("NOT_FOUND", "That post was not found.");
  await requireMembership(viewer, post.cohort_id, tx);
  if (post.status !== "VISIBLE") throw new AppError("NOT_FOUND", "That post is not on the board right now.");
  return post;
}

/**
 * Confirm, dispute or mark interest, on or off. A confirmation with a source upgrades a rumour to confirmed.
 * Counters change in the same transaction as the reaction row, under the post's row lock.
 */
export async function reactToPost(viewer: Viewer, input: z.infer<typeof reactSchema>, now: Date): Promise<{ cohortId: string }> {
  return db().$transaction(async (tx) => {
    const post = await lockVisiblePost(tx, viewer, input.postId);
    // Counted only for a post the viewer may see: a refused call writes nothing, not even this.
    await consume("boardReaction", viewer.userId, "reactions in a short time");
    if (input.kind === "CONFIRM" && input.on) {
      const allowed = canConfirm({ authorId: post.author_id, confirmerId: viewer.userId });
      if (!allowed.ok) throw new AppError("RULE_VIOLATION", allowed.message);
    }
    if (input.kind === "DISPUTE" && input.on && !input.reason) {
      throw new AppError("VALIDATION", "Say why you dispute it, so the author and others can check.", { fieldErrors: { reason: ["Say why you dispute it."] } });
    }
    const column = COUNTER[input.kind];
    if (input.on) {
      const inserted = await tx.$executeRaw`
        INSERT INTO post_reactions (post_id, user_id, kind, reason, source_type, source_link)
        VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, ${input.kind}::"ReactionKind", ${input.reason ?? null}, ${input.sourceType ?? null}::"SourceType", ${input.sourceLink ?? null})
        ON CONFLICT DO NOTHING`;
      if (inserted === 1) {
        await tx.$executeRawUnsafe(`UPDATE board_posts SET ${column} = ${column} + 1 WHERE id = $1::uuid`, input.postId);
        if (input.kind === "CONFIRM") {
          await tx.boardPost.update({
            where: { id: input.postId },
            data: {
              lastConfirmedAt: now,
              ...(input.sourceType && post.evidence_kind === "RUMOUR" ? { evidenceKind: "CONFIRMED", sourceType: input.sourceType, confirmedOn: now, sourceLink: input.sourceLink ?? null } : {}),
            },
          });
        }
      }
    } else {
      const removed = await tx.postReaction.deleteMany({ where: { postId: input.postId, userId: viewer.userId, kind: input.kind } });
      if (removed.count === 1) await tx.$executeRawUnsafe(`UPDATE board_posts SET ${column} = ${column} - 1 WHERE id = $1::uuid`, input.postId);
    }
    await publishBoardEvent(tx, { cohortId: post.cohort_id, type: "reaction", postId: input.postId });
    return { cohortId: post.cohort_id };
  });
}
