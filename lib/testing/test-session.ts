// The session and request of the current test: integration tests act as a user without a browser. The
// database is never mocked; only Next's request-bound APIs are replaced (see setup.ts).
import { encode } from "next-auth/jwt";
import type { Db } from "@/lib/db/client";

export const testRequest: { userId: string | null; headers: Headers; cookies: Map<string, string> } = {
  userId: null,
  headers: new Headers({ "x-forwarded-for": "203.0.113.7", host: "localhost:3000" }),
  cookies: new Map(),
};

export function actAs(userId: string | null): void {
  testRequest.userId = userId;
}

export function resetTestRequest(): void {
  testRequest.userId = null;
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
export async function createTestSession({ db, userId, secret }: { db: Db; userId: string; secret: string }): Promise<{ name: string; value: string }> {
  // A cookie for a user who is not in that database would only show the sign-in page: fail here, saying why.
  await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true } });
  return { name: SESSION_COOKIE, value: await encode({ token: { sub: userId }, secret }) };
}
