// Integration tests: Next's request-bound APIs replaced by the current test's session (the database is real).
import { afterAll, beforeEach, vi } from "vitest";
import { installPeerAddressHook } from "@/lib/http/peer-address";
import { resetTestRequest, testRequest, testSessionClaims } from "@/lib/testing/test-session";

// Only the cookie decoding is replaced: the claims name a real row in `sessions`, which the viewer lookup checks.
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionClaims: async () => testSessionClaims(),
}));

// As in a server: the last X-Forwarded-For entry of a test's headers stands for the socket's peer.
installPeerAddressHook();

vi.mock("next/headers", () => ({
  headers: async () => testRequest.headers,
  cookies: async () => ({
    get: (name: string) => (testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name) } : undefined),
    getAll: () => [...testRequest.cookies.entries()].map(([name, value]) => ({ name, value })),
    has: (name: string) => testRequest.cookies.has(name),
  }),
}));

// Work a route or action defers until after its response: kept for the test to run (runAfterTasks) or drop.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: (() => unknown) | Promise<unknown>) => {
    testRequest.afterTasks.push(typeof task === "function" ? task : () => task);
  },
}));

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

beforeEach(() => {
  resetTestRequest();
});

afterAll(async () => {
  const { closeTestDatabase } = await import("@/lib/testing/db");
  await closeTestDatabase();
});
