import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { TokenPurpose } from "@/lib/db/generated/client";

const LIFETIME_MS: Record<TokenPurpose, number> = {
  MAGIC_LINK: 15 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a single-use token; only its hash is stored. */
export async function issueToken(userId: string, purpose: TokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().authToken.create({
    data: { tokenHash: hash(token), userId, purpose, expiresAt: new Date(now.getTime() + LIFETIME_MS[purpose]) },
  });
  return token;
}

/**
 * Marks the token used and returns its user id, or null when it is unknown, expired or already used. The
 * conditional update makes a double submit consume it once.
 */
export async function consumeToken(token: string, purpose: TokenPurpose, now = new Date()): Promise<string | null> {
  const tokenHash = hash(token);
  const { count } = await db().authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const row = await db().authToken.findUnique({ where: { tokenHash }, select: { userId: true } });
  return row?.userId ?? null;
}
