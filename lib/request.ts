import proxyaddr from "proxy-addr";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { peerAddressHookInstalled } from "@/lib/http/peer-address";

type Trust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES says which hops may speak for the client: unset or empty trusts none (the socket's peer is the
 * client), a number trusts that many hops nearest the server, and a comma-separated list of addresses, CIDR ranges
 * or the names loopback, linklocal and uniquelocal trusts those (the notation of Express's "trust proxy").
 */
export function parseTrustedProxies(value: string | undefined): Trust {
  const text = value?.trim() ?? "";
  if (!text) return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(
    text
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

let trust: { source: string | undefined; fn: Trust } | undefined;
function trusted(): Trust {
  const source = env().TRUSTED_PROXIES;
  if (!trust || trust.source !== source) trust = { source, fn: parseTrustedProxies(source) };
  return trust.fn;
}

let warned = false;

/**
 * The client's address for rate limits: the X-Forwarded-For chain read from the right (the socket's peer, which
 * lib/http/peer-address.ts appends) past the trusted proxies only. Entries left of the first untrusted hop are
 * whatever the client chose to send and are ignored. X-Real-IP is never read.
 */
export function clientIpFrom(headers: Headers): string {
  if (!peerAddressHookInstalled()) {
    // Without the hook the chain may be entirely the client's invention; one shared bucket is the safe answer.
    if (!warned) logger.error("client addresses are unknown: the peer-address hook was not installed at boot");
    warned = true;
    return "unknown";
  }
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const peer = chain.pop();
  if (!peer) return "unknown";
  const request = { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: { "x-forwarded-for": chain.join(", ") } };
  return proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trusted());
}

/** The public base URL for links in e-mails. */
export function publicBaseUrl(headers: Headers): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured;
  const host = headers.get("host") ?? "localhost:3000";
  return `http://${host}`;
}
