import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads a page's record: a malformed id, a record the viewer may not see, or a page their role in it does not
 * open (a member on a moderators' page) renders the not-found page, the same for all, so a URL never reveals more.
 */
export async function loadOr404<T>(id: string, load: () => Promise<T>): Promise<T> {
  if (!UUID.test(id)) notFound();
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
