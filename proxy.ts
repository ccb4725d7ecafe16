// A convenience layer, never a security boundary: it redirects signed-out visitors away from app pages, sets the
// per-request CSP nonce and a request id. Every page, action and route handler authorizes for itself in lib/.
import { type NextRequest, NextResponse } from "next/server";
import { isProduction, servesHttps } from "@/lib/env";
import { refuseActionBody } from "@/lib/http/action-body";

export const HSTS = "max-age=63072000; includeSubDomains";
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;
const APP_PREFIXES = [
  "/dashboard",
  "/settings",
  "/onboarding",
  "/advisor",
  "/people",
  "/programs",
  "/board",
  "/advisors",
  "/plan",
  "/messages",
  "/targets",
  "/asks",
  "/meetings",
  "/join",
];

function contentSecurityPolicy(nonce: string): string {
  const dev = !isProduction();
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React style props, Next's route announcer) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' mailto:",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Decided per request from the running configuration: a build made for http (or the Docker image, built before
 * anyone chose a URL) still sends HSTS once NEXTAUTH_URL is https.
 */
function withHsts(response: NextResponse): NextResponse {
  if (servesHttps()) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await refuseActionBody(request);
    // Plain text with a 4xx: Next's client shows exactly this sentence as the action's error.
    if (refusal) {
      return withHsts(new NextResponse(refusal[1], { status: refusal[0], headers: { "Content-Type": "text/plain" } }));
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const incomingId = request.headers.get("x-request-id");
  const requestId = incomingId && /^[A-Za-z0-9._-]{8,80}$/.test(incomingId) ? incomingId : crypto.randomUUID();

  const { pathname, search } = request.nextUrl;
  if (APP_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    // Only whether a session cookie is present: decoding it here as well as in the page doubled the cost of every
    // request, and the page decides (an invalid or expired cookie gets the same redirect from requireUser).
    const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
    if (!hasSession) {
      const url = request.nextUrl.clone();
      url.pathname = "/login";
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return withHsts(NextResponse.redirect(url));
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  return withHsts(response);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/health).*)" }],
};
