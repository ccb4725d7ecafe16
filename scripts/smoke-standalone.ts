// `tsx scripts/smoke-standalone.ts`: what the Docker image runs, checked without Docker. Builds the standalone server
// and the bundled operator commands (as the Dockerfile does), lays them out like the image's /app, starts a
// throwaway cluster of the system's PostgreSQL (15 in CI, the lowest supported version) and runs the server as an
// unprivileged user, with the environment docker compose passes (an empty SMTP_URL, an https NEXTAUTH_URL). Then:
// health, HSTS, the sign-in page, and the operator commands (migrate, seed, backup, digest) as that user. CI runs it
// after `npm test`; it needs root (to switch user) and the system PostgreSQL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, findFreePort } from "../lib/db/embedded";
import { childEnv } from "../lib/env";
import { startSystemPostgres } from "../lib/testing/system-postgres";

const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[smoke] ${line}`);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

function unprivilegedUser(): { uid: number; gid: number; name: string } {
  if (process.getuid?.() !== 0) throw new Error("run as root: the smoke test starts the server as an unprivileged user");
  for (const name of ["nobody", "node", "postgres"]) {
    const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name };
  }
  throw new Error("no unprivileged user (nobody) to run the server as");
}

function build(): void {
  log("building the standalone server and the operator commands (as the Dockerfile does)…");
  const env = childEnv({ NEXT_OUTPUT: "standalone", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  for (const [command, args] of [
    [path.join(ROOT, "node_modules", ".bin", "next"), ["build"]],
    [process.execPath, [path.join(ROOT, "scripts", "build-ops.mjs")]],
  ] as const) {
    const result = spawnSync(command, [...args], { cwd: ROOT, stdio: "inherit", env });
    if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed`);
  }
}

/** /app of the image: the standalone server, its static files, the migrations and ops/, owned by root, readable by all. */
function layOut(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "prelim-scout-image-"));
  chmodSync(dir, 0o755);
  const app = path.join(dir, "app");
  cpSync(path.join(ROOT, ".next-standalone", "standalone"), app, { recursive: true });
  cpSync(path.join(ROOT, ".next-standalone", "static"), path.join(app, ".next-standalone", "static"), { recursive: true });
  cpSync(path.join(ROOT, "prisma", "migrations"), path.join(app, "prisma", "migrations"), { recursive: true });
  cpSync(path.join(ROOT, "dist", "ops"), path.join(app, "ops"), { recursive: true });
  return app;
}

async function waitForHealth(url: string, server: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 240 && server.exitCode === null; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function main(): Promise<void> {
  const user = unprivilegedUser();
  if (!existsSync(path.join(ROOT, ".next-standalone", "standalone", "server.js")) || process.argv.includes("--build")) build();
  const app = layOut();
  const backups = path.join(path.dirname(app), "backups");
  mkdirSync(backups);
  chownSync(backups, user.uid, user.gid);
  const pg = await startSystemPostgres();
  let server: ChildProcess | undefined;
  try {
    await ensureDatabase(pg.urlFor("postgres"), "prelim_scout");
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env = childEnv({
      NODE_ENV: "production",
      DATABASE_URL: pg.urlFor("prelim_scout"),
      NEXTAUTH_URL: "https://scout.example.org",
      NEXTAUTH_SECRET: "smoke-test-secret-smoke-test-secret-000",
      // What docker compose passes when SMTP_URL is not set in the shell.
      SMTP_URL: "",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      BACKUP_DIR: backups,
      LOG_LEVEL: "warn",
      HOME: path.dirname(app),
    });
    log(`PostgreSQL ${pg.major}; starting node server.js as ${user.name} (uid ${user.uid}) on ${base}`);
    server = spawn(process.execPath, ["server.js"], { cwd: app, env, uid: user.uid, gid: user.gid, stdio: ["ignore", "inherit", "inherit"] });
    check(await waitForHealth(base, server), "the standalone server starts as a non-root user and migrates an empty database");
    const login = await fetch(`${base}/login`);
    check(login.status === 200, `GET /login is 200 (got ${login.status})`);
    check(login.headers.get("strict-transport-security")?.startsWith("max-age=") ?? false, "HSTS is sent when NEXTAUTH_URL is https, decided at run time");
    const signIn = await fetch(`${base}/api/auth/csrf`);
    check(signIn.status === 200, `next-auth answers (GET /api/auth/csrf ${signIn.status})`);

    const ops = (script: string, ...args: string[]) =>
      spawnSync(process.execPath, [path.join("ops", `${script}.mjs`), ...args], { cwd: app, env, uid: user.uid, gid: user.gid, encoding: "utf8" });
    const migrated = ops("db-migrate");
    check(migrated.status === 0 && migrated.stdout.includes("up to date"), `node ops/db-migrate.mjs: ${migrated.stdout.trim() || migrated.stderr.trim()}`);
    const seeded = ops("db-seed");
    check(seeded.status === 0 && seeded.stdout.includes("demo data added"), `node ops/db-seed.mjs: ${seeded.stdout.trim() || seeded.stderr.trim()}`);
    const backup = ops("db-backup");
    check(
      backup.status === 0 && readdirSync(backups).some((f) => f.endsWith(".backup")),
      `node ops/db-backup.mjs: ${backup.stdout.trim() || backup.stderr.trim()}`,
    );
    const digest = ops("digest", "amira.haddad@demo.prelimscout.org");
    check(
      digest.status === 0 && digest.stdout.includes("Subject: Your week"),
      `node ops/digest.mjs: ${(digest.stdout.trim().split("\n")[0] ?? "") || digest.stderr.trim()}`,
    );
  } finally {
    server?.kill("SIGTERM");
    pg.stop();
    rmSync(path.dirname(app), { recursive: true, force: true });
  }
  if (failures.length) throw new Error(`${failures.length} check(s) failed`);
  log("all checks passed");
}

main().catch((error: unknown) => {
  console.error(`[smoke] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
