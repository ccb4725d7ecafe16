import { getSessionClaims } from "@/lib/auth/session";
import { getViewer } from "@/lib/auth/viewer";
import { subscribeToBoard, type BoardEvent } from "@/lib/server/board/events";
import { claimStreamSlot, refreshStreamSlot, releaseStreamSlot } from "@/lib/server/board/stream-slots";
import { findMembership, findMembershipThroughSession } from "@/lib/server/cohorts/membership";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for one cohort's board, fed by PostgreSQL LISTEN/NOTIFY (so an event raised by any app
 * instance reaches every open board). Events carry ids only; the client refetches through the authorised API.
 * Membership (the same predicate as every page and action) and the session are checked again before each event, so someone removed from the cohort, or a browser
 * that signed out, stops hearing it at once.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [viewer, claims] = await Promise.all([getViewer(), getSessionClaims()]);
  if (!viewer || !claims) return new Response("Sign in to continue.", { status: 401 });
  const { sessionId } = claims;
  if (!UUID.test(id)) return new Response("Not found.", { status: 404 });
  if (!(await findMembership(viewer, id).catch(() => null))) return new Response("Not found.", { status: 404 });
  let slot: string;
  try {
    slot = await claimStreamSlot(viewer.userId);
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return new Response(error.message, { status: 429, headers: { "Content-Type": "text/plain" } });
    return new Response("Live updates are briefly unavailable.", { status: 503, headers: { "Content-Type": "text/plain" } });
  }
  const release = () => void releaseStreamSlot(slot).catch(() => {});

  const encoder = new TextEncoder();
  let cleanup = () => {};
  // Shared by start() and cancel(): once the browser goes away nothing may be enqueued again.
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      send(`retry: 3000\n: connected\n\n`);
      let unsubscribe = () => {};
      try {
        unsubscribe = await subscribeToBoard(async (event: BoardEvent) => {
          if (event.cohortId !== id || closed) return;
          // Still a member, through a session that has not ended (signed out, a reset): else the stream stops.
          const still = await findMembershipThroughSession(viewer, id, sessionId).catch(() => null);
          if (!still) {
            send(`event: revoked\ndata: {}\n\n`);
            close();
            return;
          }
          send(`event: board\ndata: ${JSON.stringify({ type: event.type, postId: event.postId })}\n\n`);
        });
      } catch {
        send(`event: unavailable\ndata: {}\n\n`);
        close();
        release();
        return;
      }
      const heartbeat = setInterval(() => {
        send(`: heartbeat\n\n`);
        if (!closed) void refreshStreamSlot(slot).catch(() => {});
      }, HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        release();
      };
      if (closed || request.signal.aborted) {
        close();
        cleanup();
        return;
      }
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      closed = true;
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
