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

/**
 * The board_posts counter a reaction adds to: a confirmation naming a source counts as a confirmation, one without
 * ("I heard it too") as a corroboration.
 */
export function reactionCounter(kind: "CONFIRM" | "DISPUTE" | "INTEREST", sourceType: string | null | undefined) {
  if (kind === "CONFIRM") return sourceType ? "confirm_count" : "corroboration_count";
  return kind === "DISPUTE" ? "dispute_count" : "interest_count";
}

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
 * Confirm, dispute or mark interest, on or off. Only a confirmation that names a checkable source upgrades a rumour
 * to confirmed; one without ("I heard it too") corroborates it: it is counted and re-dates the rumour, which stays
 * a rumour (DOMAIN: "The cohort board"). Counters change in the same transaction as the reaction row, under the
 * post's row lock.
 */
export async function reactToPost(viewer: Viewer, input: z.infer<typeof reactSchema>, now: Date): Promise<{ cohortId: string }> {
  return db().$transaction(async (tx) => {
    const post = await lockVisiblePost(tx, viewer, input.postId);
    // Counted only for a post the viewer may see: a refused call writes nothing, not even this.
    await consume("boardReaction", viewer.userId, "reactions in a short time");
    if (input.kind === "CONFIRM" && input.on) {
      const allowed = canConfirm({ authorId: post.author_id, confirmerId: viewer.userId });
      if (!allowed.ok) throw new AppError("RULE_VIOLATION", allowed.message);
      if (input.sourceLink && !input.sourceType) {
        throw new AppError("VALIDATION", "Say what the link is (program website, listing, or an email from the program), so it counts as a source.", {
          fieldErrors: { sourceType: ["Say what the link is."] },
        });
      }
    }
    if (input.kind === "DISPUTE" && input.on && !input.reason) {
      throw new AppError("VALIDATION", "Say why you dispute it, so the author and others can check.", { fieldErrors: { reason: ["Say why you dispute it."] } });
    }
    if (input.on && input.kind === "CONFIRM") {
      await confirmOrCorroborate(tx, viewer, input, post.evidence_kind, now);
    } else if (input.on) {
      const inserted = await tx.$executeRaw`
        INSERT INTO post_reactions (post_id, user_id, kind, reason)
        VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, ${input.kind}::"ReactionKind", ${input.reason ?? null})
        ON CONFLICT DO NOTHING`;
      if (inserted === 1) await bump(tx, input.postId, reactionCounter(input.kind, null), 1);
    } else {
      const removed = await tx.$queryRaw<{ source_type: string | null }[]>`
        DELETE FROM post_reactions WHERE post_id = ${input.postId}::uuid AND user_id = ${viewer.userId}::uuid AND kind = ${input.kind}::"ReactionKind"
        RETURNING source_type::text`;
      if (removed[0]) await bump(tx, input.postId, reactionCounter(input.kind, removed[0].source_type), -1);
    }
    await publishBoardEvent(tx, { cohortId: post.cohort_id, type: "reaction", postId: input.postId });
    return { cohortId: post.cohort_id };
  });
}

async function bump(tx: Tx, postId: string, column: ReturnType<typeof reactionCounter>, by: 1 | -1): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE board_posts SET ${column} = ${column} + $2 WHERE id = $1::uuid`, postId, by);
}

/**
 * A member's one vouch for a post: "I heard it too" (no source) or a confirmation naming a source. Naming a source
 * after corroborating turns the corroboration into a confirmation; anything else already said is left alone. Any
 * change re-dates the rumour, and a named source upgrades it.
 */
async function confirmOrCorroborate(tx: Tx, viewer: Viewer, input: z.infer<typeof reactSchema>, evidenceKind: string, now: Date): Promise<void> {
  const sourceType = input.sourceType ?? null;
  const sourceLink = sourceType ? (input.sourceLink ?? null) : null;
  const [existing] = await tx.$queryRaw<{ source_type: string | null }[]>`
    SELECT source_type::text FROM post_reactions WHERE post_id = ${input.postId}::uuid AND user_id = ${viewer.userId}::uuid AND kind = 'CONFIRM'`;
  if (!existing) {
    await tx.$executeRaw`
      INSERT INTO post_reactions (post_id, user_id, kind, source_type, source_link)
      VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, 'CONFIRM', ${sourceType}::"SourceType", ${sourceLink})`;
    await bump(tx, input.postId, reactionCounter("CONFIRM", sourceType), 1);
  } else if (!existing.source_type && sourceType) {
    await tx.$executeRaw`
      UPDATE post_reactions SET source_type = ${sourceType}::"SourceType", source_link = ${sourceLink}
      WHERE post_id = ${input.postId}::uuid AND user_id = ${viewer.userId}::uuid AND kind = 'CONFIRM'`;
    await bump(tx, input.postId, reactionCounter("CONFIRM", null), -1);
    await bump(tx, input.postId, reactionCounter("CONFIRM", sourceType), 1);
  } else {
    return;
  }
  await tx.boardPost.update({
    where: { id: input.postId },
    data: { lastConfirmedAt: now, ...(sourceType && evidenceKind === "RUMOUR" ? { evidenceKind: "CONFIRMED", sourceType, confirmedOn: now, sourceLink } : {}) },
  });
}
