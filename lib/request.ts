import { env } from "@/lib/env";

/** Best-effort client address for rate limiting (the first hop a proxy recorded). */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

/** The public base URL for links in e-mails. */
export function publicBaseUrl(headers: Headers): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured;
  const host = headers.get("host") ?? "localhost:3000";
  return `http://${host}`;
}
