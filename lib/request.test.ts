import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { installPeerAddressHook } from "@/lib/http/peer-address";
import { clientIpFrom, parseTrustedProxies } from "@/lib/request";

// As lib/boot.ts does in the server: every request's X-Forwarded-For ends with the socket's peer.
beforeAll(() => installPeerAddressHook());

afterEach(() => {
  vi.unstubAllEnvs();
});

const chain = (xff: string) => new Headers({ "x-forwarded-for": xff });

describe("client address", () => {
  it("with no trusted proxy is the socket's peer, whatever the client wrote in X-Forwarded-For", () => {
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(clientIpFrom(chain("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIpFrom(chain("1.2.3.4, 5.6.7.8, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "1.2.3.4" }))).toBe("203.0.113.9");
  });

  it("behind trusted proxies is the first hop left of them; what the client prepended is ignored", () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8, loopback");
    expect(clientIpFrom(chain("9.9.9.9, 198.51.100.7, 10.1.2.3, 127.0.0.1"))).toBe("198.51.100.7");
    expect(clientIpFrom(chain("127.0.0.1"))).toBe("127.0.0.1");
    // A peer that is not a trusted proxy speaks for itself, even if it claims to forward someone.
    expect(clientIpFrom(chain("198.51.100.7, 203.0.113.50"))).toBe("203.0.113.50");
  });

  it("with a hop count trusts that many hops nearest the server", () => {
    vi.stubEnv("TRUSTED_PROXIES", "1");
    expect(clientIpFrom(chain("9.9.9.9, 198.51.100.7, 203.0.113.1"))).toBe("198.51.100.7");
    vi.stubEnv("TRUSTED_PROXIES", "2");
    expect(clientIpFrom(chain("9.9.9.9, 198.51.100.7, 203.0.113.1"))).toBe("9.9.9.9");
  });

  it("refuses a TRUSTED_PROXIES value it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow();
    expect(() => parseTrustedProxies("not an address")).toThrow();
    expect(parseTrustedProxies(" ")("127.0.0.1", 0)).toBe(false);
  });

  it("over real HTTP: a forged X-Forwarded-For reaches the app with the socket's address after it", async () => {
    // A plain Node server stands in for Next's.
    vi.stubEnv("TRUSTED_PROXIES", "");
    const seen: { xff?: string; client?: string }[] = [];
    const server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      seen.push({ xff: headers.get("x-forwarded-for") ?? undefined, client: clientIpFrom(headers) });
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const forged of ["203.0.113.1", "203.0.113.2, 198.51.100.3"]) {
        await (await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": forged } })).text();
      }
      await (await fetch(`http://127.0.0.1:${port}/`)).text();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toEqual([
      { xff: "203.0.113.1, 127.0.0.1", client: "127.0.0.1" },
      { xff: "203.0.113.2, 198.51.100.3, 127.0.0.1", client: "127.0.0.1" },
      { xff: "127.0.0.1", client: "127.0.0.1" },
    ]);
  });
});
