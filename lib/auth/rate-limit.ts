import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getRateLimitPool } from "@/lib/db/pool";
import { AppError } from "@/lib/errors";

// State lives in PostgreSQL (table rate_limits, created by a migration) so limits hold across app instances.
type Limiter = RateLimiterPostgres;
const limiters = new Map<string, Limiter>();

function limiter(keyPrefix: string, points: number, durationSeconds: number, blockSeconds = durationSeconds): Limiter {
  let found = limiters.get(keyPrefix);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: getRateLimitPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
      blockDuration: blockSeconds,
      clearExpiredByTimeout: false,
    });
    limiters.set(keyPrefix, found);
  }
  return found;
}

export const LIMITS = {
  /** Sign-in attempts from one IP address, whatever the account. */
  signInIp: { points: 30, duration: 15 * 60 },
  /** Sign-ups, magic links and reset e-mails from one IP address. */
  emailIp: { points: 10, duration: 60 * 60 },
  /** Board posts by one member. */
  boardPost: { points: 5, duration: 10 * 60 },
  /** Board comments by one member. */
  boardComment: { points: 20, duration: 10 * 60 },
  /** Edits of their own posts by one member (each edit notifies every open board). */
  boardEdit: { points: 20, duration: 10 * 60 },
  /** Confirm/dispute/interest toggles by one member (each toggle notifies every open board). */
  boardReaction: { points: 60, duration: 10 * 60 },
  /** Advisor invitations sent by one resident (each emails an address the resident typed). */
  advisorInvite: { points: 10, duration: 24 * 60 * 60 },
} as const;

export function retryAfterText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function rateLimited(error: unknown, what: string): never {
  if (error instanceof RateLimiterRes) {
    throw new AppError("RATE_LIMITED", `Too many ${what}. Try again in ${retryAfterText(error.msBeforeNext)}.`, {
      detail: { retryAfterMs: error.msBeforeNext },
    });
  }
  throw error;
}

/** Throws RATE_LIMITED when the key has used its points. */
export async function consume(name: keyof typeof LIMITS, key: string, what: string): Promise<void> {
  const { points, duration } = LIMITS[name];
  try {
    await limiter(name, points, duration).consume(key);
  } catch (error) {
    rateLimited(error, what);
  }
}
