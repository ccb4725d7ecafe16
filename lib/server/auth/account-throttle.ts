import "server-only";
import { retryAfterText } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Attempts since the last success that cost no wait; from this one on, each sets a wait before the next. */
export const FREE_ATTEMPTS = 4;
const MAX_WAIT_SECONDS = 15 * 60;
const QUIET_RESET = "24 hours";

/**
 * Counts a password attempt for the account before the password is checked, or refuses it while the account's
 * wait runs. One conditional upsert: concurrent attempts queue on the row, so at most FREE_ATTEMPTS + 1 of any burst
 * are checked. The wait is per account and short at first, so a stranger's guesses delay the owner by seconds, not
 * a 15-minute lock; the per-address limit in lib/auth/rate-limit.ts caps each guesser.
 */
export async function reserveAccountAttempt(email: string, now = new Date()): Promise<void> {
  const key = email.trim().toLowerCase();
  const counted = await db().$queryRaw<{ attempts: number }[]>`
    WITH attempt AS (SELECT ${now}::timestamptz AS now)
    INSERT INTO sign_in_throttles AS t (account_key, attempts, next_attempt_at, updated_at)
    SELECT ${key}, 1, NULL::timestamptz, now FROM attempt
    ON CONFLICT (account_key) DO UPDATE SET
      attempts = CASE WHEN t.updated_at < EXCLUDED.updated_at - ${QUIET_RESET}::interval THEN 1 ELSE t.attempts + 1 END,
      next_attempt_at = CASE
        WHEN t.updated_at < EXCLUDED.updated_at - ${QUIET_RESET}::interval OR t.attempts + 1 < ${FREE_ATTEMPTS + 1} THEN NULL
        ELSE EXCLUDED.updated_at + least(${MAX_WAIT_SECONDS}, power(2, t.attempts + 1 - ${FREE_ATTEMPTS + 1})) * interval '1 second'
      END,
      updated_at = EXCLUDED.updated_at
    WHERE t.next_attempt_at IS NULL OR t.next_attempt_at <= EXCLUDED.updated_at
    RETURNING attempts`;
  if (counted.length) return;
  const row = await db().signInThrottle.findUnique({ where: { accountKey: key }, select: { nextAttemptAt: true } });
  const waitMs = Math.max(1000, (row?.nextAttemptAt?.getTime() ?? now.getTime()) - now.getTime());
  throw new AppError("RATE_LIMITED", `Too many wrong passwords for this account. Try again in ${retryAfterText(waitMs)}, or reset your password.`, {
    detail: { retryAfterMs: waitMs },
  });
}

/** A correct password: the account's count starts over. */
export async function clearAccountThrottle(email: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { accountKey: email.trim().toLowerCase() } });
}
