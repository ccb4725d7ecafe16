import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

/** The signed-in user's id from the session cookie, or null. Everything else about them comes from the database. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return typeof id === "string" && id.length > 0 ? id : null;
}
