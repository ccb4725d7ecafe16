import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { env } from "@/lib/env";

export type SessionClaims = { userId: string; sessionId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user and server-side session ids a token names, or null when it names no well-formed pair. */
export function claimsOf(token: { sub?: unknown; sid?: unknown } | null | undefined): SessionClaims | null {
  const userId = token?.sub;
  const sessionId = token?.sid;
  if (typeof userId !== "string" || typeof sessionId !== "string" || !UUID.test(userId) || !UUID.test(sessionId)) return null;
  return { userId, sessionId };
}

/**
 * What the session cookie claims (no cookie, tampered or expired: null). A claim is not a session: the viewer
 * lookup checks that the session row still exists before anyone is signed in. The JWT is decrypted directly:
 * getServerSession would run the whole session endpoint (callbacks included) for the same answer on every page.
 * Cookies from before server-side sessions carry no session id and count as signed out.
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const token = await getToken({
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
  });
  return claimsOf(token);
});
