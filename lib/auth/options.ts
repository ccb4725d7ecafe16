import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { consumeToken } from "@/lib/server/auth/tokens";
import { completeSignUp } from "@/lib/server/auth/sign-up-requests";
import { type SignedInUser, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { db } from "@/lib/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import { SESSION_MAX_AGE_SECONDS, endSessionNamedByCookie, openSession } from "@/lib/server/auth/sessions";
import { claimsOf } from "@/lib/auth/session";
import { clientIpFrom } from "@/lib/request";
import { safeCallbackPath } from "@/lib/safe-redirect";

const passwordInput = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(200) });
const magicInput = z.object({ token: z.string().min(20).max(200) });

type RequestHeaders = Record<string, unknown> | undefined;

function headersOf(raw: RequestHeaders): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw ?? {})) if (typeof value === "string") headers.set(key, value);
  return headers;
}

/** Thrown by the jwt callback for a cookie whose session has ended; next-auth then clears the cookie. */
class SessionEnded extends Error {
  constructor() {
    super("the session this cookie names has ended");
    this.name = "SessionEnded";
  }
}

/**
 * Errors thrown in authorize() reach the browser as the `error` of signIn(); only our own sentences are thrown,
 * anything unexpected becomes a generic one.
 */
function publicError(error: unknown): Error {
  if (isAppError(error)) return new Error(error.message);
  logger.error({ err: error instanceof Error ? error.message : String(error) }, "sign-in failed unexpectedly");
  return new Error("Sign-in is briefly unavailable. Please try again in a few seconds.");
}

/** A provider that exchanges an emailed single-use token for a user and opens a session for them. */
function linkProvider(opts: { id: string; name: string; invalid: string; used: string; exchange: (token: string) => Promise<SignedInUser | null> }) {
  return CredentialsProvider({
    id: opts.id,
    name: opts.name,
    credentials: { token: { label: "Token", type: "text" } },
    async authorize(credentials, req) {
      const parsed = magicInput.safeParse(credentials ?? {});
      if (!parsed.success) throw new Error(opts.invalid);
      try {
        const user = await opts.exchange(parsed.data.token);
        if (!user) throw new AppError("NOT_FOUND", opts.used);
        return { ...user, sessionId: await openSession(user.id, headersOf(req.headers).get("user-agent")) };
      } catch (error) {
        throw publicError(error);
      }
    },
  });
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "password",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = passwordInput.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("Enter your email address and password.");
        try {
          const headers = headersOf(req.headers);
          const user = await verifyCredentials(parsed.data.email, parsed.data.password, clientIpFrom(headers));
          return { ...user, sessionId: await openSession(user.id, headers.get("user-agent")) };
        } catch (error) {
          throw publicError(error);
        }
      },
    }),
    linkProvider({
      id: "magic-link",
      name: "Email link",
      invalid: "That sign-in link is not valid. Ask for a new one.",
      used: "That sign-in link has expired or was already used. Ask for a new one.",
      async exchange(token) {
        const userId = await consumeToken(token, "MAGIC_LINK");
        const user = userId ? await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } }) : null;
        if (user) await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_in_link" });
        return user;
      },
    }),
    linkProvider({
      id: "sign-up-link",
      name: "Sign-up link",
      invalid: "That link is not valid. Sign up again for a new one.",
      used: "That link has expired or was already used. Sign in, or sign up again for a new link.",
      exchange: (token) => completeSignUp(token),
    }),
  ],
  callbacks: {
    // Only the user id and the server-side session id travel in the token; role, profile and grants are read from
    // the database per request, and so is whether the session still exists.
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sid: user.sessionId, iat: token.iat, exp: token.exp, jti: token.jti };
      // Reading the session (/api/auth/session): an ended session is no session.
      const claims = claimsOf(token);
      const live = claims ? await db().session.count({ where: { id: claims.sessionId, userId: claims.userId, expiresAt: { gt: new Date() } } }) : 0;
      if (!live) throw new SessionEnded();
      return { sub: token.sub, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" } };
    },
    // After sign-in or sign-out next-auth redirects to the callbackUrl it was given: only ever within this app.
    async redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, "/", baseUrl), baseUrl).toString();
    },
  },
  events: {
    // POST /api/auth/signout: the cookie is cleared by next-auth, and the session it named ends here, so a copy of
    // the cookie saved before signing out opens nothing.
    async signOut({ token }) {
      const claims = claimsOf(token);
      if (claims) await endSessionNamedByCookie(claims.sessionId);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session read through /api/auth/session is expected, not an error.
      const cause = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if (cause instanceof SessionEnded) return;
      logger.error({ code, err: cause instanceof Error ? cause.message : String(cause) }, "next-auth error");
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
};
