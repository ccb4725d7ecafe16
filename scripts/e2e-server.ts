// The server Playwright tests run against: a fresh embedded PostgreSQL (or E2E_DATABASE_URL), migrated and
// seeded, and `next start` on port 3100 with the test clock allowed. Stops PostgreSQL on SIGTERM.
import { rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { seedDemoIfEmpty } from "../prisma/seed";
import { setDatabaseUrl, toolEnv } from "../lib/env";
import { ROOT, buildIfNeeded, migrateDatabase, openDatabase, startNext, stopCleanlyOnSignals } from "./lib/launch";

export const E2E_PORT = toolEnv().E2E_PORT;
const log = (line: string) => console.log(`[e2e-server] ${line}`);

async function main() {
  const dataRoot = path.join(ROOT, ".data");
  const dataDir = path.join(dataRoot, "e2e-pg");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataRoot, { recursive: true });
  // Never the developer's own DATABASE_URL: a fresh embedded database, or the one named for end-to-end tests.
  setDatabaseUrl(toolEnv().E2E_DATABASE_URL);
  const db = await openDatabase({ dataDir, databaseName: "prelim_scout_e2e", fastUnsafe: true, log });
  await migrateDatabase(db.url, log);
  await seedDemoIfEmpty(db.url);
  writeFileSync(path.join(dataRoot, "e2e-database-url"), db.url);
  buildIfNeeded(log);
  const child = startNext("start", E2E_PORT, {
    DATABASE_URL: db.url,
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
    NEXTAUTH_SECRET: toolEnv().E2E_NEXTAUTH_SECRET,
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
