// A throwaway cluster of the system's PostgreSQL (Debian's postgresql-15 in CI), for what the embedded server cannot
// show: pg_dump-format backups, and the lowest supported server version. initdb refuses to run as root, so as root
// the cluster runs as the `postgres` user (or `nobody`), the way the Debian package runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../db/embedded";
import { env, toolEnv } from "../env";

export type SystemPostgres = { major: number; binDir: string; port: number; urlFor(database: string): string; stop(): void };

/** The folder with initdb, pg_ctl and pg_dump: PG_BIN_DIR, or the lowest Debian version installed. */
export function findSystemPostgres(): { binDir: string; major: number } | null {
  const dirs: string[] = [];
  const configured = env().PG_BIN_DIR;
  if (configured) dirs.push(configured);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const v of readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(a) - Number(b)))
      dirs.push(path.join(debian, v, "bin"));
  }
  for (const binDir of dirs) {
    if (!["initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore"].every((tool) => existsSync(path.join(binDir, tool)))) continue;
    const out = spawnSync(path.join(binDir, "postgres"), ["--version"], { encoding: "utf8" });
    const major = Number(/(\d+)(?:\.\d+)?/.exec(out.stdout ?? "")?.[1] ?? 0);
    if (major) return { binDir, major };
  }
  return null;
}

/** Why system-PostgreSQL tests cannot run here, or null when they can. CI sets REQUIRE_SYSTEM_POSTGRES=1. */
export function systemPostgresMissing(): string | null {
  if (findSystemPostgres()) return null;
  const reason = "no PostgreSQL server binaries with pg_dump are installed (apt-get install postgresql-15, or set PG_BIN_DIR)";
  if (toolEnv().REQUIRE_SYSTEM_POSTGRES === "1") throw new Error(`REQUIRE_SYSTEM_POSTGRES=1 but ${reason}`);
  return reason;
}

function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const user of ["postgres", "nobody"]) {
    try {
      const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
      return { uid, gid };
    } catch {
      // no such user
    }
  }
  throw new Error("Running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as.");
}

export async function startSystemPostgres(): Promise<SystemPostgres> {
  const found = findSystemPostgres();
  if (!found) throw new Error("No system PostgreSQL installed (apt-get install postgresql-15, or set PG_BIN_DIR).");
  const owner = runAs();
  const root = mkdtempSync(path.join(os.tmpdir(), "prelim-scout-syspg-"));
  chmodSync(root, 0o755);
  const dataDir = path.join(root, "data");
  mkdirSync(dataDir, { mode: 0o700 });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  if (owner) chownSync(root, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) => {
    const out = spawnSync(path.join(found.binDir, tool), args, { encoding: "utf8", ...(owner ?? {}), cwd: root });
    if (out.status !== 0) throw new Error(`${tool} failed: ${out.stderr || out.stdout}`);
  };
  run("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const port = await findFreePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(root, "log"), "-w", "start"]);
  return {
    ...found,
    port,
    urlFor: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      spawnSync(path.join(found.binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"], { ...(owner ?? {}), cwd: root });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
