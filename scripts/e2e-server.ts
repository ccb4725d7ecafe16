// The server Playwright tests run against: a fresh embedded PostgreSQL (or E2E_DATABASE_URL), migrated and
// seeded, and `next start` on port 3100 with the test clock allowed. Stops PostgreSQL on SIGTERM.
import { rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { seedDemoIfEmpty } from "../prisma/seed";
import { ROOT, buildIfNeeded, migrateDatabase, openDatabase, startNext, stopCleanlyOnSignals } from "./lib/launch";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const log = (line: string) => console.log(`[e2e-server] ${line}`);

async function main() {
  const dataRoot = path.join(ROOT, ".data");
  const dataDir = path.join(dataRoot, "e2e-pg");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataRoot, { recursive: true });
  if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  else delete process.env.DATABASE_URL;
  const db = await openDatabase({ dataDir, databaseName: "prelim_scout_e2e", fastUnsafe: true, log });
  await migrateDatabase(db.url, log);
  await seedDemoIfEmpty(db.url);
  writeFileSync(path.join(dataRoot, "e2e-database-url"), db.url);
  buildIfNeeded(log);
  const child = startNext("start", E2E_PORT, {
    DATABASE_URL: db.url,
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
    NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e",
    NODE_ENV: "production",
    ALLOW_TEST_CLOCK: "1",
    // The test runner plays the reverse proxy: each test's X-Forwarded-For is the client address it forwards.
    TRUSTED_PROXIES: "loopback",
    LOG_LEVEL: "warn",
  });
  stopCleanlyOnSignals(child, db, log);
}

main().catch((error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
