import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { violatedConstraint } from "@/lib/db/errors";
import { sendEmail } from "@/lib/email";
import { recordEvent } from "@/lib/server/audit/record-event";

const LIFETIME_MS = 24 * 60 * 60 * 1000;
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Runs after sign-up has answered (the same answer for every address). A new address gets a link that creates the
 * account; an address that already has one gets a note saying so instead, so only its owner learns it.
 */
export async function requestSignUp(input: { email: string; name: string; password: string }, baseUrl: string): Promise<void> {
  const base = baseUrl.replace(/\/$/, "");
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    await sendEmail({
      to: input.email,
      subject: "Someone tried to create a Prelim Scout account with your address",
      text: `Someone, perhaps you, tried to create a Prelim Scout account for this address, which already has one. No new account was made.\n\nTo get in, sign in at ${base}/login, or choose a new password at ${base}/forgot-password.\n\nIf it was not you, you can ignore this message.`,
    });
    return;
  }
  const token = randomBytes(32).toString("base64url");
  await db().pendingSignUp.create({
    data: {
      tokenHash: hash(token),
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      expiresAt: new Date(Date.now() + LIFETIME_MS),
    },
  });
  await sendEmail({
    to: input.email,
    subject: "Confirm your address to finish creating your Prelim Scout account",
    text: `Use this link to confirm your address and finish creating your Prelim Scout account. It works once, for 24 hours.\n\n${base}/auth/magic?token=${encodeURIComponent(token)}&purpose=sign-up\n\nIf you did not sign up, you can ignore this message; no account is made.`,
  });
}

/**
 * Uses a sign-up link once: creates the account and returns it, or null when the link is unknown, used or expired.
 * If the address got an account in the meantime, the link's holder controls its mailbox, which is what an email
 * sign-in link proves too, so they are signed in to it and nothing is changed.
 */
export async function completeSignUp(token: string, now = new Date()): Promise<{ id: string; email: string; name: string } | null> {
  const tokenHash = hash(token);
  const { count } = await db().pendingSignUp.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return null;
  const pending = await db().pendingSignUp.findUniqueOrThrow({ where: { tokenHash } });
  try {
    const user = await db().user.create({
      data: { email: pending.email, name: pending.name, passwordHash: pending.passwordHash },
      select: { id: true, email: true, name: true },
    });
    await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_up" });
    return user;
  } catch (error) {
    if (violatedConstraint(error)?.name !== "users_email_key") throw error;
    return db().user.findUnique({ where: { email: pending.email }, select: { id: true, email: true, name: true } });
  }
}
