// `npm start` (production build) and `npm run dev`: embedded PostgreSQL unless DATABASE_URL is set, migrations,
// demo data into an empty embedded database, then Next.js on http://localhost:3000.
import path from "node:path";
import { env, toolEnv } from "../lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from "../prisma/seed";
import { ROOT, buildIfNeeded, localSecret, migrateDatabase, openDatabase, startNext, stopCleanlyOnSignals, waitForHealth } from "./lib/launch";

const dev = process.argv.includes("--dev");
const port = toolEnv().PORT;
const log = (line: string) => console.log(`[prelim-scout] ${line}`);

async function main() {
  const dataRoot = path.join(ROOT, ".data");
  const db = await openDatabase({ dataDir: path.join(dataRoot, "pg"), databaseName: "prelim_scout", log });
  await migrateDatabase(db.url, log);
  if (db.embedded) {
    const seeded = await seedDemoIfEmpty(db.url);
    log(seeded ? "empty database: demo data added" : "keeping existing data");
  }
  const baseUrl = env().NEXTAUTH_URL ?? `http://localhost:${port}`;
  const vars = {
    DATABASE_URL: db.url,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: env().NEXTAUTH_SECRET ?? localSecret(dataRoot),
    NODE_ENV: dev ? "development" : "production",
  } as NodeJS.ProcessEnv;
  if (!dev) buildIfNeeded(log);
  const child = startNext(dev ? "dev" : "start", port, vars);
  stopCleanlyOnSignals(child, db, log);
  if (await waitForHealth(`http://127.0.0.1:${port}`)) {
    log(`ready: ${baseUrl}`);
    if (db.embedded) {
      log(`demo accounts (password for each: ${DEMO_PASSWORD})`);
      for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(34)} ${account.description}`);
    }
    log("press Ctrl-C to stop the server and PostgreSQL");
  }
}

main().catch((error: unknown) => {
  console.error(`[prelim-scout] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
