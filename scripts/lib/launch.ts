// Shared by `npm start`, `npm run dev` and the end-to-end test server: database first, then Next.js.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { childEnv, env } from "../../lib/env";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
export const NEXT_CLUSTER = path.join(ROOT, "scripts", "next-cluster.mjs");

export type Database = { url: string; embedded: EmbeddedDatabase | null };

/** DATABASE_URL if set (never starts an embedded server then), otherwise the embedded PostgreSQL in dataDir. */
export async function openDatabase(opts: { dataDir: string; databaseName: string; fastUnsafe?: boolean; log: (line: string) => void }): Promise<Database> {
  const configured = env().DATABASE_URL;
  if (configured) {
    opts.log("using DATABASE_URL (no embedded PostgreSQL)");
    return { url: configured, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: opts.dataDir, fastUnsafe: opts.fastUnsafe, log: opts.log });
  await ensureDatabase(embedded.urlFor("postgres"), opts.databaseName);
  opts.log(`embedded PostgreSQL 18 on port ${embedded.port}, data in ${path.relative(ROOT, opts.dataDir)}/`);
  return { url: embedded.urlFor(opts.databaseName), embedded };
}

export async function migrateDatabase(url: string, log: (line: string) => void): Promise<void> {
  const applied = await migrate({ databaseUrl: url, log });
  if (!applied.length) log("database schema is up to date");
}

/** A secret kept in .data so sessions survive restarts of a local server; deployments set NEXTAUTH_SECRET. */
export function localSecret(dataRoot: string): string {
  const file = path.join(dataRoot, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules" || child.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package.json",
  "prisma/schema.prisma",
  "postcss.config.mjs",
];

export function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

export function buildIfNeeded(log: (line: string) => void): void {
  if (!buildIsStale()) {
    log("production build is up to date");
    return;
  }
  log("building the app (next build), about a minute on two cores…");
  const result = spawnSync(NEXT_BIN, ["build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: childEnv({ NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }),
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
}

/** `next dev`, or `next start` in one process per core (scripts/next-cluster.mjs, WEB_CONCURRENCY to override). */
export function startNext(mode: "dev" | "start", port: number, vars: NodeJS.ProcessEnv): ChildProcess {
  const args = ["-p", String(port), "-H", "127.0.0.1"];
  return spawn(mode === "dev" ? NEXT_BIN : process.execPath, mode === "dev" ? ["dev", ...args] : [NEXT_CLUSTER, ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: childEnv({ ...vars, NEXT_TELEMETRY_DISABLED: "1" }),
  });
}

export async function waitForHealth(url: string, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Stops Next.js, then PostgreSQL, once, on Ctrl-C or SIGTERM. */
export function stopCleanlyOnSignals(child: ChildProcess, db: Database, log: (line: string) => void): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${signal})…`);
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (db.embedded) {
      await db.embedded.stop().catch(() => {});
      log("PostgreSQL stopped");
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  child.on("exit", (code) => {
    if (stopping) return;
    log(`Next.js exited with code ${code}`);
    void (async () => {
      await db.embedded?.stop().catch(() => {});
      process.exit(code ?? 1);
    })();
  });
}
