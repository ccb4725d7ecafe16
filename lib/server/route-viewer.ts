import "server-only";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { isAppError, HTTP_STATUS } from "@/lib/errors";
import { logger } from "@/lib/log";
import { toAppError } from "@/lib/db/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** JSON route handlers: a viewer or 401, a well-formed id or 404, AppErrors as their status and sentence. */
export async function jsonRoute<T>(id: string, handler: (viewer: Viewer) => Promise<T>): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  if (!UUID.test(id)) return Response.json({ error: "Not found." }, { status: 404 });
  try {
    return Response.json(await handler(viewer), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const appError = isAppError(error) ? error : toAppError(error);
    if (appError) return Response.json({ error: appError.message }, { status: HTTP_STATUS[appError.code] });
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "route failed");
    return Response.json({ error: "Something went wrong. Please try again." }, { status: 500 });
  }
}
