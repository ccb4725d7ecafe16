import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationError, checksumOf, migrate } from "@/lib/db/migrate";
import { createEmptyDatabase } from "@/lib/testing/db";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ps-migrations-"));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function rows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows as { migration_name: string; checksum: string; finished_at: Date | null; logs: string | null; applied_steps_count: number }[];
  } finally {
    await client.end();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT to_regclass($1) AS t", [table]);
    return rows[0].t !== null;
  } finally {
    await client.end();
  }
}

describe("migration runner", () => {
  it("applies pending migrations in order, records them like prisma migrate deploy, and is idempotent", async () => {
    const url = await createEmptyDatabase();
    const dir = migrationsDir({
      "20260101000000_a": "CREATE TABLE a (id int primary key);",
      "20260102000000_b": "CREATE TABLE b (id int primary key references a(id));",
    });
    expect(await migrate({ databaseUrl: url, migrationsDir: dir })).toEqual(["20260101000000_a", "20260102000000_b"]);
    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(recorded[0]!.checksum).toBe(checksumOf("CREATE TABLE a (id int primary key);"));
    expect(recorded.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);

    expect(await migrate({ databaseUrl: url, migrationsDir: dir })).toEqual([]);
    expect(await rows(url)).toHaveLength(2);
  });

  it("runs safely when several processes migrate at once", async () => {
    const url = await createEmptyDatabase();
    const dir = migrationsDir({ "20260101000000_a": "CREATE TABLE a (id int primary key);" });
    const results = await Promise.all([1, 2, 3, 4].map(() => migrate({ databaseUrl: url, migrationsDir: dir })));
    expect(results.flat()).toEqual(["20260101000000_a"]);
    expect(await rows(url)).toHaveLength(1);
  });

  it("records a failing migration, rolls it back, and blocks every later run", async () => {
    const url = await createEmptyDatabase();
    const dir = migrationsDir({
      "20260101000000_ok": "CREATE TABLE ok (id int);",
      "20260102000000_bad": "CREATE TABLE half (id int); SELECT * FROM no_such_table;",
      "20260103000000_later": "CREATE TABLE later (id int);",
    });
    const first = await migrate({ databaseUrl: url, migrationsDir: dir }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(MigrationError);
    expect((first as MigrationError).code).toBe("MIGRATION_FAILED");
    expect((first as MigrationError).migrationName).toBe("20260102000000_bad");

    const recorded = await rows(url);
    const bad = recorded.find((r) => r.migration_name === "20260102000000_bad");
    expect(bad?.finished_at).toBeNull();
    expect(bad?.logs).toContain("no_such_table");
    expect(await tableExists(url, "half")).toBe(false);
    expect(await tableExists(url, "later")).toBe(false);

    const second = await migrate({ databaseUrl: url, migrationsDir: dir }).catch((e: unknown) => e);
    expect((second as MigrationError).code).toBe("FAILED_MIGRATION_PRESENT");
    expect((second as Error).message).toContain("20260102000000_bad");
    expect(await tableExists(url, "later")).toBe(false);
  });

  it("refuses to continue when an applied migration was edited, with a message naming it", async () => {
    const url = await createEmptyDatabase();
    const dir = migrationsDir({ "20260101000000_a": "CREATE TABLE a (id int);" });
    await migrate({ databaseUrl: url, migrationsDir: dir });
    writeFileSync(path.join(dir, "20260101000000_a", "migration.sql"), "CREATE TABLE a (id bigint);");
    const error = await migrate({ databaseUrl: url, migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("CHECKSUM_MISMATCH");
    expect((error as Error).message).toMatch(/"20260101000000_a" was edited after it was applied/);
  });

  it("applies the project's real migrations to an empty database", async () => {
    const url = await createEmptyDatabase();
    const applied = await migrate({ databaseUrl: url });
    expect(applied.length).toBeGreaterThan(0);
    expect(await tableExists(url, "users")).toBe(true);
    expect(await tableExists(url, "audit_events")).toBe(true);
  });

  it("says in one sentence which privilege is missing when the role may not create tables", async () => {
    const url = await createEmptyDatabase();
    const role = `limited_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'limited-password'`);
    await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await admin.end();
    const limited = new URL(url);
    limited.username = role;
    limited.password = "limited-password";
    const failure = await migrate({ databaseUrl: limited.toString() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    const message = (failure as MigrationError).message;
    expect(message).toBe(
      `The database role "${role}" may not create tables in schema public. Grant it (GRANT CREATE ON SCHEMA public TO "${role}";) or run migrations as the database owner.`,
    );
  });
});
