import "server-only";
import Bowser from "bowser";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";

/** How long a sign-in lasts; the JWT's maxAge in lib/auth/options.ts is the same. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** last_seen_at is written at most this often per session, so a busy page costs no write per request. */
export const LAST_SEEN_EVERY_MS = 60_000;
const USER_AGENT_MAX = 512;

/** Opens the server-side session a new cookie will name; also clears this user's expired ones. */
export async function openSession(userId: string, userAgent: string | null | undefined, now = new Date()): Promise<string> {
  const [, session] = await db().$transaction([
    db().session.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db().session.create({
      data: {
        userId,
        userAgent: (userAgent ?? "").slice(0, USER_AGENT_MAX),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
      select: { id: true },
    }),
  ]);
  return session.id;
}

/** Records that the session was used, at most once a minute; the condition makes concurrent requests write once. */
export async function noteSessionSeen(sessionId: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
  await db().session.updateMany({ where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_EVERY_MS) } }, data: { lastSeenAt: now } });
}

/**
 * Ends the session a signed cookie names (next-auth's sign-out). The id comes from a JWT only this server can
 * mint, so it needs no further scoping.
 */
export async function endSessionNamedByCookie(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** "Sign out" on one of the viewer's own sessions; anyone else's is not found. */
export async function endOwnSession(viewer: Viewer, sessionId: string): Promise<void> {
  const { count } = await db().session.deleteMany({ where: { id: sessionId, userId: viewer.userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "That session has already ended.");
}

/**
 * Ends every session of the user and voids their unused sign-in and reset links, so nothing issued before a
 * password reset, a password change or "sign out everywhere" still opens the account. `except` keeps one session
 * (the browser that changed the password).
 */
export async function endAllSessions(tx: Tx, userId: string, opts: { except?: string; now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  await tx.session.deleteMany({ where: { userId, ...(opts.except ? { id: { not: opts.except } } : {}) } });
  await tx.authToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

export type SessionRow = { id: string; device: string; createdAt: Date; lastSeenAt: Date; current: boolean };

/** "Firefox on macOS", "Safari on iOS (phone)": enough to recognise a device, from what its browser reported. */
export function describeDevice(userAgent: string): string {
  if (!userAgent.trim()) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name || "Unknown browser";
  const os = parsed.os.name ? ` on ${parsed.os.name}` : "";
  const kind = parsed.platform.type === "mobile" ? " (phone)" : parsed.platform.type === "tablet" ? " (tablet)" : "";
  return `${browser}${os}${kind}`;
}

/** The viewer's live sessions: this one first, then the most recently used. */
export async function listSessions(viewer: Viewer, currentSessionId: string | null, now = new Date()): Promise<SessionRow[]> {
  const rows = await db().session.findMany({
    where: { userId: viewer.userId, expiresAt: { gt: now } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
  const list = rows.map((r) => ({
    id: r.id,
    device: describeDevice(r.userAgent),
    createdAt: r.createdAt,
    lastSeenAt: r.lastSeenAt,
    current: r.id === currentSessionId,
  }));
  // This device first: it is the one people look for to compare the others against.
  return [...list.filter((r) => r.current), ...list.filter((r) => !r.current)];
}

/** "Sign out everywhere": every session of the viewer, this one included, and their unused email links. */
export async function endEverySession(viewer: Viewer): Promise<void> {
  await db().$transaction(async (tx) => {
    await endAllSessions(tx, viewer.userId);
    await recordEvent({ actorId: viewer.userId, subjectUserId: viewer.userId, action: "auth.signed_out_everywhere" }, tx);
  });
}
