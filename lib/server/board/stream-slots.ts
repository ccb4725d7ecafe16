import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Open board streams per user, across every app process: enough for a few tabs and devices. */
export const MAX_STREAMS_PER_USER = 5;
/** A stream's heartbeat refreshes its row more often than this; rows older than this belong to dead processes. */
export const STREAM_STALE_MS = 90_000;

/**
 * Takes one of the user's stream slots or refuses with RATE_LIMITED. A per-user advisory lock makes the count and
 * the insert one step, so a burst of opens cannot overshoot the cap.
 */
export async function claimStreamSlot(userId: string, now = new Date()): Promise<string> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`board-streams:${userId}`}, 0))`;
    await tx.boardStream.deleteMany({ where: { userId, seenAt: { lt: new Date(now.getTime() - STREAM_STALE_MS) } } });
    const open = await tx.boardStream.count({ where: { userId } });
    if (open >= MAX_STREAMS_PER_USER) {
      throw new AppError("RATE_LIMITED", `The board is already open in ${MAX_STREAMS_PER_USER} tabs or devices. Close one, then reload this page.`);
    }
    const slot = await tx.boardStream.create({ data: { userId, openedAt: now, seenAt: now }, select: { id: true } });
    return slot.id;
  });
}

export async function refreshStreamSlot(slotId: string, now = new Date()): Promise<void> {
  await db().boardStream.updateMany({ where: { id: slotId }, data: { seenAt: now } });
}

export async function releaseStreamSlot(slotId: string): Promise<void> {
  await db().boardStream.deleteMany({ where: { id: slotId } });
}
