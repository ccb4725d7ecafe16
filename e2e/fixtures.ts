import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient, type Db } from "../lib/db/client";
import { toolEnv } from "../lib/env";

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

/** Signs the page in as the user by setting a session cookie directly (sign-in itself has its own spec). */
export async function login(page: Page, user: TestUser): Promise<void> {
  const token = await encode({ token: { sub: user.id }, secret: SECRET });
  await page.context().addCookies([{ name: "next-auth.session-token", value: token, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
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

/** Each test gets its own client address, so per-IP rate limits of one test never leak into another. */
export const test = base.extend<{ clientIp: string }>({
  clientIp: async ({}, provide) => {
    await provide(`198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`);
  },
  context: async ({ context, clientIp }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": clientIp });
    await provide(context);
  },
});

export { expect };
