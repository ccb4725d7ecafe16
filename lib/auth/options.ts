import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { consumeToken } from "@/lib/server/auth/tokens";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { db } from "@/lib/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";

const passwordInput = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(200) });
const magicInput = z.object({ token: z.string().min(20).max(200) });

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
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

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
          return await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(req.headers));
        } catch (error) {
          throw publicError(error);
        }
      },
    }),
    CredentialsProvider({
      id: "magic-link",
      name: "Email link",
      credentials: { token: { label: "Token", type: "text" } },
      async authorize(credentials) {
        const parsed = magicInput.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("That sign-in link is not valid. Ask for a new one.");
        try {
          const userId = await consumeToken(parsed.data.token, "MAGIC_LINK");
          if (!userId) throw new Error("That sign-in link has expired or was already used. Ask for a new one.");
          const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
          if (!user) throw new Error("That sign-in link has expired or was already used. Ask for a new one.");
          await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_in_link" });
          return user;
        } catch (error) {
          if (error instanceof Error && !isAppError(error) && error.message.startsWith("That sign-in link")) throw error;
          throw publicError(error);
        }
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token; role, profile and grants are read from the database per request.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" } };
    },
  },
};
