import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

/**
 * The signed-in user's id from the session cookie, or null (no cookie, tampered, or expired). Everything else about
 * them comes from the database. The JWT is decrypted directly: getServerSession would run the whole session
 * endpoint (callbacks included) for the same answer on every page.
 */
export async function getSessionUserId(): Promise<string | null> {
  const token = await getToken({
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
  });
  const id = token?.sub;
  return typeof id === "string" && id.length > 0 ? id : null;
}
