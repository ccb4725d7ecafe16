// Signed unsubscribe links: a link in an email works without signing in and cannot be made for someone else. Not
// server-only, so end-to-end tests can make the link a resident's email would carry.
import { createHmac, timingSafeEqual } from "node:crypto";

function signature(userId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`digest-unsubscribe:${userId}`).digest().subarray(0, 18);
}

export function unsubscribeToken(userId: string, secret: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${signature(userId, secret).toString("base64url")}`;
}

/** The user id a token was made for, or null when it was not made with this secret (or was altered). */
export function userIdOfUnsubscribeToken(token: string, secret: string): string | null {
  const match = /^([A-Za-z0-9_-]{10,80})\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!match) return null;
  const userId = Buffer.from(match[1]!, "base64url").toString("utf8");
  if (!/^[0-9a-f-]{36}$/.test(userId)) return null;
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(userId, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
