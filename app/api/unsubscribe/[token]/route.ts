import { logger } from "@/lib/log";
import { unsubscribeFromDigest } from "@/lib/server/plan/digest";

type Params = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL and
 * the digest stops at once, without a sign-in or a confirmation page. The signed token is the credential.
 */
export async function POST(_request: Request, { params }: Params) {
  const { token } = await params;
  try {
    if (!(await unsubscribeFromDigest(token))) return new Response("Not found", { status: 404 });
    return new Response("You will get no more weekly digests.", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "one-click unsubscribe failed");
    return new Response("Briefly unavailable; try again.", { status: 503 });
  }
}

/** A person who opens the link itself gets the page with a button: a GET (link scanners prefetch) changes nothing. */
export async function GET(request: Request, { params }: Params) {
  const { token } = await params;
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
