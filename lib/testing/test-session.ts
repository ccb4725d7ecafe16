// The session and request of the current test: integration tests act as a user without a browser. The
// database is never mocked; only Next's request-bound APIs are replaced (see setup.ts).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { SessionClaims } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";

export const testRequest: { userId: string | null; sessionId: string | null; headers: Headers; cookies: Map<string, string>; afterTasks: (() => unknown)[] } = {
  userId: null,
  sessionId: null,
  afterTasks: [],
  headers: new Headers({ "x-forwarded-for": "203.0.113.7", host: "localhost:3000" }),
  cookies: new Map(),
};

/** One open session per user, as if each had signed in once in this test file. */
const sessions = new Map<string, string>();

/** Acts as the user, through a live session of theirs (opened on first use, or again after it was ended). */
export function actAs(userId: string | null): void {
  testRequest.userId = userId;
  testRequest.sessionId = null;
}

/** Acts with a particular session, e.g. one that was signed out, to see what its cookie still opens. */
export function actWithSession(userId: string, sessionId: string): void {
  testRequest.userId = userId;
  testRequest.sessionId = sessionId;
}

/** Opens (once) the session a test user's requests carry; tests that act as users call this lazily. */
export async function testSessionClaims(): Promise<SessionClaims | null> {
  const userId = testRequest.userId;
  if (!userId) return null;
  if (!testRequest.sessionId) {
    // Parallel calls (Promise.all of actions) share one lookup instead of each opening a session.
    let lookup = inFlight.get(userId);
    if (!lookup) {
      lookup = liveSessionOf(userId).finally(() => inFlight.delete(userId));
      inFlight.set(userId, lookup);
    }
    const sessionId = await lookup;
    if (testRequest.userId === userId) testRequest.sessionId = sessionId;
    return { userId, sessionId };
  }
  return { userId, sessionId: testRequest.sessionId };
}

const inFlight = new Map<string, Promise<string>>();

async function liveSessionOf(userId: string): Promise<string> {
  const [{ db }, { openSession }] = await Promise.all([import("@/lib/db/client"), import("@/lib/server/auth/sessions")]);
  const known = sessions.get(userId);
  if (known && (await db().session.count({ where: { id: known } }))) return known;
  // A deleted account's sessions went with it: its old cookie names a session that no longer exists.
  if (!(await db().user.count({ where: { id: userId } }))) return randomUUID();
  const sessionId = await openSession(userId, "Mozilla/5.0 (X11; Linux x86_64) Vitest");
  sessions.set(userId, sessionId);
  return sessionId;
}

/** Opens the test session of a user up front, so a later call writes nothing to `sessions`. */
export async function openTestSession(userId: string): Promise<string> {
  actAs(userId);
  const claims = await testSessionClaims();
  return claims!.sessionId;
}

/** Runs what the last requests deferred with next/server's after(), as Next does once a response is sent. */
export async function runAfterTasks(): Promise<void> {
  const tasks = testRequest.afterTasks.splice(0);
  for (const task of tasks) await task();
}

export function resetTestRequest(): void {
  testRequest.userId = null;
  testRequest.sessionId = null;
  testRequest.afterTasks = [];
  testRequest.headers = new Headers({ "x-forwarded-for": "203.0.113.7", host: "localhost:3000" });
  testRequest.cookies = new Map();
}

/** The cookie next-auth reads a session from (plain http, as in tests and the benchmark; https adds a prefix). */
export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A signed-in session for a user, made directly instead of through the sign-in page: the end-to-end login fixture
 * (e2e/fixtures.ts) and the benchmark put it in the browser's or the load generator's cookie. Sessions are made
 * here and nowhere else, so a change to how sessions work (a server-side session record, say) is made here once;
 * `db` is the database of the server the cookie is for.
 */
export async function createTestSession({
  db,
  userId,
  secret,
}: {
  db: Db;
  userId: string;
  secret: string;
}): Promise<{ name: string; value: string; sessionId: string }> {
  // A cookie for a user who is not in that database would only show the sign-in page: fail here, saying why.
  await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true } });
  // The cookie names a server-side session row, as a real sign-in makes (docs/decisions/0010).
  const session = await db.session.create({
    data: { userId, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Playwright", expiresAt: new Date(Date.now() + 30 * 24 * 3_600_000) },
    select: { id: true },
  });
  return { name: SESSION_COOKIE, value: await encode({ token: { sub: userId, sid: session.id }, secret }), sessionId: session.id };
}
