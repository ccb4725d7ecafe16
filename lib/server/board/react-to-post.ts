import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { consume } from "@/lib/auth/rate-limit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canConfirm } from "@/lib/rules/board-rules";
import { toDateOnly } from "@/lib/dates";
import { boardEventNotifyArgs, publishBoardEvent, type BoardEvent } from "@/lib/server/board/events";
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
    const event = { cohortId: post.cohort_id, type: "reaction", postId: input.postId } as const;
    let published = false;
    if (input.on && input.kind === "CONFIRM") {
      published = await confirmOrCorroborate(tx, viewer, input, post.evidence_kind, now, event);
    } else if (input.on) {
      const inserted = await tx.$executeRaw`
        INSERT INTO post_reactions (post_id, user_id, kind, reason)
        VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, ${input.kind}::"ReactionKind", ${input.reason ?? null})
        ON CONFLICT DO NOTHING`;
      if (inserted === 1) published = await updateCountsAndPublish(tx, input.postId, { [reactionCounter(input.kind, null)]: 1 }, event);
    } else {
      const removed = await tx.$queryRaw<{ source_type: string | null }[]>`
        DELETE FROM post_reactions WHERE post_id = ${input.postId}::uuid AND user_id = ${viewer.userId}::uuid AND kind = ${input.kind}::"ReactionKind"
        RETURNING source_type::text`;
      if (removed[0]) published = await updateCountsAndPublish(tx, input.postId, { [reactionCounter(input.kind, removed[0].source_type)]: -1 }, event);
    }
    // Nothing changed (a repeated click): the board still hears of it, as it always has.
    if (!published) await publishBoardEvent(tx, event);
    return { cohortId: post.cohort_id };
  });
}

type Counter = ReturnType<typeof reactionCounter>;

/**
 * Applies counter changes (and, for a vouch, the re-dating and the upgrade) to the post in one UPDATE that also
 * publishes the board event (RETURNING pg_notify, delivered at commit like publishBoardEvent; cast to text because
 * the driver adapter cannot read a void column). Counter names come from reactionCounter only, never from input.
 * Returns whether the post row was updated (and the event published).
 */
async function updateCountsAndPublish(
  tx: Tx,
  postId: string,
  counts: Partial<Record<Counter, 1 | -1>>,
  event: BoardEvent,
  vouch?: { now: Date; upgrade: { sourceType: string; sourceLink: string | null } | null },
): Promise<boolean> {
  const values: unknown[] = [postId, ...boardEventNotifyArgs(event)];
  const param = (value: unknown) => `$${values.push(value)}`;
  const sets = Object.entries(counts).map(([column, by]) => `${column} = ${column} + ${param(by)}`);
  if (vouch) {
    sets.push(`last_confirmed_at = ${param(vouch.now)}::timestamptz`);
    if (vouch.upgrade) {
      sets.push(
        `evidence_kind = 'CONFIRMED'`,
        `source_type = ${param(vouch.upgrade.sourceType)}::"SourceType"`,
        `confirmed_on = ${param(toDateOnly(vouch.now))}::date`,
        `source_link = ${param(vouch.upgrade.sourceLink)}`,
      );
    }
  }
  const rows = await tx.$queryRawUnsafe<unknown[]>(
    `UPDATE board_posts SET ${sets.join(", ")} WHERE id = $1::uuid RETURNING pg_notify($2, $3)::text AS notified`,
    ...values,
  );
  return rows.length === 1;
}

/**
 * A member's one vouch for a post: "I heard it too" (no source) or a confirmation naming a source. Naming a source
 * after corroborating turns the corroboration into a confirmation; anything else already said is left alone. Any
 * change re-dates the rumour, and a named source upgrades it. The caller holds the post's row lock, so no other
 * reaction to it changes between the insert and the read below. Returns whether the board event was published.
 */
async function confirmOrCorroborate(
  tx: Tx,
  viewer: Viewer,
  input: z.infer<typeof reactSchema>,
  evidenceKind: string,
  now: Date,
  event: BoardEvent,
): Promise<boolean> {
  const sourceType = input.sourceType ?? null;
  const sourceLink = sourceType ? (input.sourceLink ?? null) : null;
  const vouch = { now, upgrade: sourceType && evidenceKind === "RUMOUR" ? { sourceType, sourceLink } : null };
  const inserted = await tx.$executeRaw`
    INSERT INTO post_reactions (post_id, user_id, kind, source_type, source_link)
    VALUES (${input.postId}::uuid, ${viewer.userId}::uuid, 'CONFIRM', ${sourceType}::"SourceType", ${sourceLink})
    ON CONFLICT (post_id, user_id, kind) DO NOTHING`;
  if (inserted === 1) return updateCountsAndPublish(tx, input.postId, { [reactionCounter("CONFIRM", sourceType)]: 1 }, event, vouch);
  if (!sourceType) return false;
  // Already vouched: only a corroboration that now names a source changes anything.
  const upgraded = await tx.$executeRaw`
    UPDATE post_reactions SET source_type = ${sourceType}::"SourceType", source_link = ${sourceLink}
    WHERE post_id = ${input.postId}::uuid AND user_id = ${viewer.userId}::uuid AND kind = 'CONFIRM' AND source_type IS NULL`;
  if (upgraded !== 1) return false;
  return updateCountsAndPublish(
    tx,
    input.postId,
    { [reactionCounter("CONFIRM", null)]: -1, [reactionCounter("CONFIRM", sourceType)]: 1 } as Partial<Record<Counter, 1 | -1>>,
    event,
    vouch,
  );
}
