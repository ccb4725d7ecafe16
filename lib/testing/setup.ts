// Integration tests: Next's request-bound APIs replaced by the current test's session (the database is real).
import { afterAll, beforeEach, vi } from "vitest";
import { resetTestRequest, testRequest } from "@/lib/testing/test-session";

vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => testRequest.userId,
}));

vi.mock("next/headers", () => ({
  headers: async () => testRequest.headers,
  cookies: async () => ({
    get: (name: string) => (testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name) } : undefined),
    getAll: () => [...testRequest.cookies.entries()].map(([name, value]) => ({ name, value })),
    has: (name: string) => testRequest.cookies.has(name),
  }),
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
