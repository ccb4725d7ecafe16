// PostgreSQL goes away while the app is under load, then comes back. This spec runs its own production server
// and its own embedded PostgreSQL (the shared end-to-end server is left alone).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { childEnv } from "../lib/env";
import { expect, signIn, test } from "./fixtures";

const PORT = 3210;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "resilience-secret-resilience-secret-00";

test.describe.configure({ mode: "serial" });

test("the app survives a database restart: clear try-again answers during the outage, no partial writes, recovery within 10 s", async ({ page }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "ps-resilience-"));
  chmodSync(dir, 0o755);
  let pgServer: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), fastUnsafe: true });
  const port = pgServer.port;
  await ensureDatabase(pgServer.urlFor("postgres"), "resilience");
  const url = pgServer.urlFor("resilience");
  await migrate({ databaseUrl: url });
  const prisma = createPrismaClient(url);
  const user = await prisma.user.create({
    data: {
      email: `resilience.${Date.now()}@example.org`,
      name: "Resilience Resident",
      passwordHash: await hashPassword("not used in this test"),
      role: "RESIDENT",
      residentProfile: {
        create: {
          track: "PRELIM_MEDICINE",
          programName: "Prelim IM",
          institution: "Test General",
          programStartDate: new Date(Date.UTC(2026, 6, 1)),
          isImg: false,
          visaStatus: "US_CITIZEN_OR_PR",
        },
      },
    },
  });
  const person = await prisma.person.create({ data: { residentId: user.id, name: "Dr. Steady State", role: "ATTENDING", isAList: true } });
  const session = await signIn(page.context(), user, { secret: SECRET, db: prisma });
  const cookie = `${session.name}=${session.value}`;
  await prisma.$disconnect();

  const server: ChildProcess = spawn(path.join(process.cwd(), "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: childEnv({ DATABASE_URL: url, NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: SECRET, NODE_ENV: "production", LOG_LEVEL: "error", NEXT_TELEMETRY_DISABLED: "1" }),
    stdio: "ignore",
  });
  const health = async () => {
    try {
      return (await fetch(`${BASE}/api/health`)).status;
    } catch {
      return 0;
    }
  };
  try {
    await expect.poll(health, { timeout: 60_000, intervals: [500] }).toBe(200);
    await page.goto(`${BASE}/people/${person.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Dr. Steady State" })).toBeVisible();

    // Steady load from the side: page renders and health checks, bounded in count and time.
    const statuses: { at: number; done: number; status: number; path: string }[] = [];
    let loading = true;
    const load = (async () => {
      for (let i = 0; loading && i < 2_000; i++) {
        for (const p of ["/api/health", "/dashboard"]) {
          const at = Date.now();
          const status = await fetch(`${BASE}${p}`, { headers: { cookie }, redirect: "manual" })
            .then((r) => r.status)
            .catch(() => 0);
          statuses.push({ at, done: Date.now(), status, path: p });
        }
        // Pacing of the load generator (about ten rounds a second), not a wait for something to happen.
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    // Steady state first: the load has had answers from the healthy app.
    await expect.poll(() => statuses.filter((s) => s.status === 200).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    await pgServer.stop();
    pgServer = undefined;
    const downAt = Date.now();

    // During the outage: the health check says so, pages show the try-again page, an action says try again.
    await expect.poll(health, { timeout: 15_000 }).toBe(503);
    const pageDuringOutage = await fetch(`${BASE}/dashboard`, { headers: { cookie } });
    expect(pageDuringOutage.status).toBeGreaterThanOrEqual(500);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Log touch" }) });
    await form.getByLabel("What happened").selectOption({ label: "Clinical work together" });
    await form.getByRole("button", { name: "Log touch" }).click();
    await expect(form.getByRole("alert")).toContainText(/briefly unavailable|try again/i);
    await expect(form.getByLabel("What happened")).toHaveValue("CLINICAL_WORK");
    const body = await (await fetch(`${BASE}/dashboard`, { headers: { cookie } })).text();
    expect(body).not.toMatch(/ECONNREFUSED|at \w+ \(|prisma|SELECT /i);

    // The database comes back on the same port once the load has seen the outage; the app recovers on its own.
    await expect.poll(() => statuses.filter((s) => s.at > downAt && s.path === "/api/health").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    // PostgreSQL accepts connections a little before startEmbeddedPostgres resolves: the outage window for the
    // health checks below ends when the restart begins.
    const restartAt = Date.now();
    pgServer = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), fastUnsafe: true, preferredPort: port });
    expect(pgServer.port).toBe(port);
    const upAt = Date.now();
    await expect.poll(health, { timeout: 10_000, intervals: [200] }).toBe(200);
    await expect.poll(async () => (await fetch(`${BASE}/dashboard`, { headers: { cookie } })).status, { timeout: 10_000, intervals: [200] }).toBe(200);
    const recoveredMs = Date.now() - upAt;
    loading = false;
    await load;
    test.info().annotations.push({ type: "recovery", description: `service back ${recoveredMs} ms after PostgreSQL returned (outage ${upAt - downAt} ms)` });
    expect(recoveredMs).toBeLessThan(10_000);

    // The app process never died, the failed action wrote nothing, and the same action now works.
    expect(server.exitCode).toBeNull();
    const duringOutage = statuses.filter((s) => s.at > downAt && s.done < restartAt && s.path === "/api/health");
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(
      duringOutage.filter((s) => s.status !== 503),
      "health checks answered entirely during the outage",
    ).toEqual([]);
    const check = createPrismaClient(url);
    expect(await check.touch.count({ where: { residentId: user.id } })).toBe(0);
    await form.getByRole("button", { name: "Log touch" }).click();
    await expect(form.getByRole("status")).toHaveText("Touch logged.");
    expect(await check.touch.count({ where: { residentId: user.id } })).toBe(1);
    await check.$disconnect();
  } finally {
    server.kill("SIGTERM");
    await pgServer?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});
