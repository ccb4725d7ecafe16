import { getViewer } from "@/lib/auth/viewer";
import { subscribeToBoard, type BoardEvent } from "@/lib/server/board/events";
import { findMembership } from "@/lib/server/cohorts/membership";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for one cohort's board, fed by PostgreSQL LISTEN/NOTIFY (so an event raised by any app
 * instance reaches every open board). Events carry ids only; the client refetches through the authorised API.
 * Membership (the same predicate as every page and action) is checked again before each event, so someone who
 * left or was removed stops hearing it at once.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to continue.", { status: 401 });
  if (!UUID.test(id)) return new Response("Not found.", { status: 404 });
  if (!(await findMembership(viewer, id).catch(() => null))) return new Response("Not found.", { status: 404 });

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
          const still = await findMembership(viewer, id).catch(() => null);
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
        return;
      }
      const heartbeat = setInterval(() => send(`: heartbeat\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
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
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
