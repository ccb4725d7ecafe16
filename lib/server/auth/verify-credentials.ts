import "server-only";
import { assertNotLimited, consume, reset } from "@/lib/auth/rate-limit";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";

export type SignedInUser = { id: string; email: string; name: string };

export const WRONG_CREDENTIALS = "That email and password don't match an account. Check both and try again.";

/**
 * Password sign-in. Limits: every attempt counts against the IP address; failed attempts count against the
 * account, and a success clears them. Unknown accounts take as long as known ones.
 */
export async function verifyCredentials(email: string, password: string, ip: string): Promise<SignedInUser> {
  const accountKey = email.toLowerCase();
  await consume("signInIp", ip, "sign-in attempts from your network");
  await assertNotLimited("signInAccount", accountKey, "sign-in attempts for this account");

  const user = await db().user.findUnique({ where: { email: accountKey }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !ok) {
    await consume("signInAccount", accountKey, "sign-in attempts for this account");
    if (user) await recordEvent({ actorId: null, subjectUserId: user.id, action: "auth.sign_in_failed" });
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  await reset("signInAccount", accountKey);
  await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_in" });
  return { id: user.id, email: user.email, name: user.name };
}
