import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { createDatabaseFromTemplate, createEmptyDatabase } from "@/lib/testing/db";
import { startSystemPostgres, systemPostgresMissing, type SystemPostgres } from "@/lib/testing/system-postgres";
import { seedDemo } from "@/prisma/seed";

const dir = mkdtempSync(path.join(os.tmpdir(), "ps-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROOT = path.resolve(import.meta.dirname, "../..");

/** Row count and a checksum of every row's text, per table (generated columns included: they are recomputed). */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`,
      );
      out[name] = { rows: rows[0]!.n, md5: rows[0]!.md5 ?? "" };
    }
    return out;
  } finally {
    await client.end();
  }
}

async function seeded(url: string, now = new Date("2026-11-21T12:00:00Z")): Promise<void> {
  const prisma = createPrismaClient(url);
  await seedDemo(prisma, now);
  await prisma.$disconnect();
}

const totalRows = (f: Record<string, { rows: number }>) => Object.values(f).reduce((n, t) => n + t.rows, 0);

/** Restoring `file` over a seeded database must fail with `message` and leave every row where it was. */
async function expectRefusedAndIntact(url: string, file: string, message: RegExp): Promise<void> {
  const before = await fingerprint(url);
  expect(before.users?.rows).toBe(3);
  await expect(restoreDatabase(url, file, { replace: true, safetyDir: dir })).rejects.toThrow(message);
  expect(await fingerprint(url)).toEqual(before);
}

describe("backup and restore (logical archive)", () => {
  it("round-trips a seeded database with identical row counts and checksums in every table", async () => {
    const source = await createDatabaseFromTemplate("bk");
    await seeded(source);
    const before = await fingerprint(source);
    expect(before.users?.rows).toBe(3);
    expect(before.board_posts?.rows).toBeGreaterThan(0);
    expect(before.post_comments?.rows).toBeGreaterThan(0);

    const file = path.join(dir, "seeded.backup");
    const result = await backupDatabase(source, file, { format: "logical" });
    expect(result.format).toBe("logical");

    const target = await createEmptyDatabase("rs");
    const restored = await restoreDatabase(target, file);
    expect(restored.rows).toBe(totalRows(before));
    expect(restored.safetyBackup).toBeNull();
    expect(await fingerprint(target)).toEqual(before);

    // The restored database is usable: migrations are recorded, and the audit log keeps counting after the restored rows.
    expect(await migrate({ databaseUrl: target })).toEqual([]);
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`INSERT INTO audit_events (action) VALUES ('restore.check') RETURNING id`);
    const { rows: max } = await client.query<{ m: string }>(`SELECT max(id)::text AS m FROM audit_events WHERE action <> 'restore.check'`);
    expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(max[0]!.m ?? "0"));
    await client.end();
  });

  it("refuses to restore over a database that has data unless told to replace it, and keeps a safety backup of what it replaces", async () => {
    const empty = await createDatabaseFromTemplate("bk2");
    const file = path.join(dir, "empty.backup");
    await backupDatabase(empty, file, { format: "logical" });
    const busy = await createDatabaseFromTemplate("busy");
    await seeded(busy);
    const old = await fingerprint(busy);
    await expect(restoreDatabase(busy, file)).rejects.toThrow(/not empty/);
    expect(await fingerprint(busy)).toEqual(old);

    // A migrated database holds only the two typical cycle calendars, which the archive carries too.
    const safetyDir = mkdtempSync(path.join(dir, "safety-"));
    const result = await restoreDatabase(busy, file, { replace: true, safetyDir });
    expect(result.rows).toBe(2);
    expect((await fingerprint(busy)).users?.rows).toBe(0);
    expect(result.safetyBackup && path.dirname(result.safetyBackup)).toBe(safetyDir);

    // The safety backup brings back exactly what was replaced.
    await restoreDatabase(busy, result.safetyBackup!, { replace: true, safetyDir });
    expect(await fingerprint(busy)).toEqual(old);
  });

  it("leaves the old data intact when given a file that is not a backup", async () => {
    const live = await createDatabaseFromTemplate("junk");
    await seeded(live);
    const gz = path.join(dir, "junk.gz");
    writeFileSync(gz, gzipSync("hello\n"));
    await expectRefusedAndIntact(live, gz, /not a Prelim Scout backup/);
    const text = path.join(dir, "notes.txt");
    writeFileSync(text, "just some notes\n");
    await expectRefusedAndIntact(live, text, /not a Prelim Scout backup/);
  });

  it("leaves the old data intact when the archive is truncated, wherever it was cut", async () => {
    const source = await createDatabaseFromTemplate("trs");
    await seeded(source, new Date("2026-10-01T12:00:00Z"));
    const full = path.join(dir, "full.backup");
    await backupDatabase(source, full, { format: "logical" });
    const live = await createDatabaseFromTemplate("trl");
    await seeded(live);
    const size = statSync(full).size;
    for (const fraction of [0.3, 0.9]) {
      const cut = path.join(dir, `cut-${fraction}.backup`);
      writeFileSync(cut, readFileSync(full).subarray(0, Math.floor(size * fraction)));
      await expectRefusedAndIntact(live, cut, /incomplete|damaged/);
    }
    // Cut at a line boundary inside a whole gzip stream: only the missing end line shows it.
    const { gunzipSync } = await import("node:zlib");
    const lines = gunzipSync(readFileSync(full)).toString("utf8").split("\n");
    const headless = path.join(dir, "no-end.backup");
    writeFileSync(headless, gzipSync(`${lines.slice(0, Math.floor(lines.length / 2)).join("\n")}\n`));
    await expectRefusedAndIntact(live, headless, /incomplete|ends in the middle/);
  });

  it("writes backups outside the data directory by default, so resetting .data keeps them", async () => {
    const source = await createDatabaseFromTemplate("dflt");
    const cwd = mkdtempSync(path.join(dir, "cwd-"));
    const out = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "db-backup.ts")], {
      cwd,
      encoding: "utf8",
      env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, DATABASE_URL: source } as unknown as NodeJS.ProcessEnv,
    });
    expect(out.stderr).toBe("");
    const written = readdirSync(path.join(cwd, "backups"));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^prelim-scout-.*\.backup$/);
    expect(existsSync(path.join(cwd, ".data"))).toBe(false);
  });
});

const missing = systemPostgresMissing();

describe.skipIf(missing !== null)(`pg_dump archives, against the system PostgreSQL${missing ? ` (skipped: ${missing})` : ""}`, () => {
  let system: SystemPostgres;
  let n = 0;
  const freshDatabase = async (withSeed: boolean) => {
    const url = system.urlFor(`pgd_${++n}`);
    await ensureDatabase(system.urlFor("postgres"), `pgd_${n}`);
    await migrate({ databaseUrl: url });
    if (withSeed) await seeded(url, new Date(Date.UTC(2026, 8, n)));
    return url;
  };

  beforeAll(async () => {
    system = await startSystemPostgres();
  }, 60_000);
  afterAll(() => system?.stop());

  it("backs up with pg_dump when a pg_dump of the server's version is installed, and restores it", async () => {
    const source = await freshDatabase(true);
    const before = await fingerprint(source);
    const file = path.join(dir, "dump.backup");
    const result = await backupDatabase(source, file);
    expect(result.format).toBe("pg_dump-custom");
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");

    const target = system.urlFor("pgd_empty");
    await ensureDatabase(system.urlFor("postgres"), "pgd_empty");
    const restored = await restoreDatabase(target, file);
    expect(restored.format).toBe("pg_dump-custom");
    expect(await fingerprint(target)).toEqual(before);
  });

  it("replaces a live database from a pg_dump archive only as a whole, keeping a safety backup", async () => {
    const source = await freshDatabase(true);
    const file = path.join(dir, "dump-replace.backup");
    await backupDatabase(source, file, { format: "pg_dump-custom" });
    const live = await freshDatabase(true);
    const old = await fingerprint(live);
    const result = await restoreDatabase(live, file, { replace: true, safetyDir: dir });
    expect(await fingerprint(live)).toEqual(await fingerprint(source));
    await restoreDatabase(live, result.safetyBackup!, { replace: true, safetyDir: dir });
    expect(await fingerprint(live)).toEqual(old);
  });

  it("leaves the old data intact when a pg_dump archive is truncated", async () => {
    const source = await freshDatabase(true);
    const file = path.join(dir, "dump-cut.backup");
    await backupDatabase(source, file, { format: "pg_dump-custom" });
    truncateSync(file, Math.floor(statSync(file).size * 0.6));
    const live = await freshDatabase(true);
    await expectRefusedAndIntact(live, file, /cannot be read in full|could not restore/);
  });
});
