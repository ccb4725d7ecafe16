import http from "node:http";

// Why this exists (docs/decisions/0011-client-addresses.md): Next.js gives route handlers and server actions the
// request headers but never the socket. It copies the socket address into X-Forwarded-For only when the client sent
// none (`??=` in base-server), so a client that sends its own header hides its address entirely. The one place the
// socket is visible is Node's HTTP server, so at boot every incoming request gets its peer address appended, the way
// each proxy on the path appends the address it saw. After this, the last X-Forwarded-For entry is always the
// socket's peer, and lib/request.ts walks left from it only through proxies the deployment trusts.

const INSTALLED = Symbol.for("prelim-scout.peer-address-hook");
const registry = globalThis as unknown as Record<symbol, boolean | undefined>;

/** Appends the socket's peer address to the request's X-Forwarded-For. */
export function appendPeerAddress(req: http.IncomingMessage): void {
  const peer = req.socket?.remoteAddress;
  if (!peer) return;
  const existing = req.headers["x-forwarded-for"];
  const previous = Array.isArray(existing) ? existing.join(", ") : existing;
  req.headers["x-forwarded-for"] = previous?.trim() ? `${previous}, ${peer}` : peer;
}

/** Installs the hook on every HTTP server of this process, once. */
export function installPeerAddressHook(): void {
  if (registry[INSTALLED]) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") appendPeerAddress(args[0] as http.IncomingMessage);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  registry[INSTALLED] = true;
}

/** Whether the last X-Forwarded-For entry can be taken as the socket's peer. */
export function peerAddressHookInstalled(): boolean {
  return registry[INSTALLED] === true;
}
