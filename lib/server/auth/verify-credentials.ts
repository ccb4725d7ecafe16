import "server-only";
import { consume } from "@/lib/auth/rate-limit";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";
import { clearAccountThrottle, reserveAccountAttempt } from "@/lib/server/auth/account-throttle";

export type SignedInUser = { id: string; email: string; name: string };

export const WRONG_CREDENTIALS = "That email and password don't match an account. Check both and try again.";

/**
 * Password sign-in. Both limits count the attempt before the password is checked: every attempt counts against
 * the client's address, and against the account's growing wait (account-throttle.ts), which a success clears.
 * Unknown accounts take as long as known ones and are throttled the same way.
 */
export async function verifyCredentials(email: string, password: string, ip: string, now = new Date()): Promise<SignedInUser> {
  const accountKey = email.toLowerCase();
  await consume("signInIp", ip, "sign-in attempts from your network");
  await reserveAccountAttempt(accountKey, now);

  const user = await db().user.findUnique({ where: { email: accountKey }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !ok) {
    if (user) await recordEvent({ actorId: null, subjectUserId: user.id, action: "auth.sign_in_failed" });
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  await clearAccountThrottle(accountKey);
  await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_in" });
  return { id: user.id, email: user.email, name: user.name };
}
