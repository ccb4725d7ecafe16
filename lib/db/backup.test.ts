import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/client";
import { createDatabaseFromTemplate, createEmptyDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/prisma/seed";

const dir = mkdtempSync(path.join(os.tmpdir(), "ps-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Row count and a checksum of every row's text, per table (generated columns included: they are recomputed). */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`);
      out[name] = { rows: rows[0]!.n, md5: rows[0]!.md5 ?? "" };
    }
    return out;
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  it("round-trips a seeded database with identical row counts and checksums in every table", async () => {
    const source = await createDatabaseFromTemplate("bk");
    const prisma = createPrismaClient(source);
    await seedDemo(prisma, new Date("2026-11-21T12:00:00Z"));
    await prisma.$disconnect();
    const before = await fingerprint(source);
    expect(before.users?.rows).toBe(3);
    expect(before.board_posts?.rows).toBeGreaterThan(0);
    expect(before.post_comments?.rows).toBeGreaterThan(0);

    const file = path.join(dir, "seeded.backup");
    const result = await backupDatabase(source, file);
    expect(result.format).toBe("logical");

    const target = await createEmptyDatabase("rs");
    const restored = await restoreDatabase(target, file);
    expect(restored.rows).toBe(Object.values(before).reduce((n, t) => n + t.rows, 0));
    expect(await fingerprint(target)).toEqual(before);

    // The restored database is usable: the audit log keeps counting after the restored rows.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`INSERT INTO audit_events (action) VALUES ('restore.check') RETURNING id`);
    const { rows: max } = await client.query<{ m: string }>(`SELECT max(id)::text AS m FROM audit_events WHERE action <> 'restore.check'`);
    expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(max[0]!.m ?? "0"));
    await client.end();
  });

  it("refuses to restore over a database that has data unless told to replace it", async () => {
    const source = await createDatabaseFromTemplate("bk2");
    const file = path.join(dir, "empty.backup");
    await backupDatabase(source, file);
    const busy = await createDatabaseFromTemplate("busy");
    await expect(restoreDatabase(busy, file)).rejects.toThrow(/not empty/);
    // A migrated database holds only the two typical cycle calendars, which the archive carries too.
    await expect(restoreDatabase(busy, file, { replace: true })).resolves.toMatchObject({ rows: 2 });
  });

  it("rejects a file that is not a backup", async () => {
    const { writeFileSync } = await import("node:fs");
    const { gzipSync } = await import("node:zlib");
    const file = path.join(dir, "junk.backup");
    writeFileSync(file, gzipSync("hello\n"));
    const target = await createEmptyDatabase("junk");
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not a Prelim Scout backup/);
  });
});
