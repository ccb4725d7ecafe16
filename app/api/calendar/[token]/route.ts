import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { calendarForToken } from "@/lib/server/plan/calendar-feed";

/** The private calendar feed. The token in the URL is the only credential; unknown tokens are "not found". */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const base = env().NEXTAUTH_URL ?? new URL(request.url).origin;
  try {
    const body = await calendarForToken(token.replace(/\.ics$/, ""), new Date(), base.replace(/\/$/, ""));
    if (!body) return new Response("Not found", { status: 404 });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "private, max-age=300",
        "Content-Disposition": 'inline; filename="prelim-scout.ics"',
      },
    });
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "calendar feed failed");
    return new Response("The calendar is briefly unavailable.", { status: 503 });
  }
}
