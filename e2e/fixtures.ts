import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient, type Db } from "../lib/db/client";
import { toolEnv } from "../lib/env";
import { createTestSession } from "../lib/testing/test-session";

const SECRET = toolEnv().E2E_NEXTAUTH_SECRET;
export const E2E_PASSWORD = "e2e password that is long";

let prisma: Db | undefined;
/** Direct access to the end-to-end database, for arranging data and checking what the UI wrote. */
export function e2eDb(): Db {
  prisma ??= createPrismaClient(readFileSync(path.join(process.cwd(), ".data", "e2e-database-url"), "utf8").trim());
  return prisma;
}

let hashed: Promise<string> | undefined;

export type TestUser = { id: string; email: string; name: string };

export async function createTestUser(kind: "resident" | "advisor" | "new" = "resident", opts: { programStartDate?: Date } = {}): Promise<TestUser> {
  hashed ??= hashPassword(E2E_PASSWORD);
  const tag = randomBytes(4).toString("hex");
  const user = await e2eDb().user.create({
    data: {
      email: `e2e.${kind}.${tag}@example.org`,
      name: kind === "advisor" ? `Dr. Advisor ${tag}` : `Resident ${tag}`,
      passwordHash: await hashed,
      role: kind === "resident" ? "RESIDENT" : kind === "advisor" ? "ADVISOR" : null,
      residentProfile:
        kind === "resident"
          ? {
              create: {
                track: "PRELIM_MEDICINE",
                programName: "Preliminary Internal Medicine",
                institution: "Riverside University Hospital",
                programStartDate: opts.programStartDate ?? new Date(Date.UTC(2026, 6, 1)),
                isImg: true,
                visaStatus: "J1",
              },
            }
          : undefined,
    },
    select: { id: true, email: true, name: true },
  });
  return user;
}

/**
 * Signs a browser context in as the user with a session made directly (sign-in itself has its own spec). Tests use
 * the `login` fixture for their own page; this is for a second browser (another member, an advisor) and for a
 * server of a spec's own (its `secret` and `db`). Returns the cookie and the server-side session it names.
 */
export async function signIn(
  context: BrowserContext,
  user: { id: string },
  { secret = SECRET, db = e2eDb() }: { secret?: string; db?: Db } = {},
): Promise<{ name: string; value: string; sessionId: string }> {
  const cookie = await createTestSession({ db, userId: user.id, secret });
  await context.addCookies([{ name: cookie.name, value: cookie.value, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return cookie;
}

/** A session cookie for the user (a row in `sessions`, as a real sign-in makes), not put in any browser. */
export async function sessionCookieFor(user: { id: string }): Promise<{ value: string; sessionId: string }> {
  return createTestSession({ db: e2eDb(), userId: user.id, secret: SECRET });
}

/** Moves the server's "now" for this browser (honoured only by the test server). */
export async function setClock(page: Page, isoDate: string): Promise<void> {
  await page.context().addCookies([{ name: "ps-test-now", value: isoDate, domain: "127.0.0.1", path: "/" }]);
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

type Fixtures = {
  clientIp: string;
  /** Signs the test's page in as `user`, or as a new resident; returns who is signed in. */
  login: (user?: TestUser) => Promise<TestUser>;
};

export const test = base.extend<Fixtures>({
  // Each test gets its own client address, so per-IP rate limits of one test never leak into another.
  clientIp: async ({}, provide) => {
    await provide(`198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`);
  },
  context: async ({ context, clientIp }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": clientIp });
    await provide(context);
  },
  login: async ({ page }, provide) => {
    await provide(async (user) => {
      const who = user ?? (await createTestUser());
      await signIn(page.context(), who);
      return who;
    });
  },
});

export { expect };
