// Applies prisma/migrations/<timestamp>_<name>/migration.sql and records them in `_prisma_migrations`
// exactly as `prisma migrate deploy` does, so a deployment that can download Prisma's engine can switch to
// the CLI at any time. Why we run our own: docs/decisions/0001-migrations-without-the-prisma-cli.md.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** The lock id Prisma Migrate takes, so our runner and the CLI exclude each other too. */
export const PRISMA_MIGRATE_LOCK_ID = 72707369;

// Resolved from the working directory: the server bundle and the standalone image move this file, not prisma/.
export const DEFAULT_MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");

export type MigrationErrorCode = "FAILED_MIGRATION_PRESENT" | "CHECKSUM_MISMATCH" | "MIGRATION_FAILED" | "MISSING_LOCALLY" | "INSUFFICIENT_PRIVILEGE";

export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    readonly migrationName: string,
    message: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export type LocalMigration = { name: string; sql: string; checksum: string };

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readLocalMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrateOptions = {
  databaseUrl: string;
  migrationsDir?: string;
  log?: (line: string) => void;
};

/**
 * Applies every pending migration in order and returns the names applied. Safe to call from several processes
 * at once: the advisory lock serialises them and the later ones find nothing to do.
 */
export async function migrate({ databaseUrl, migrationsDir, log = () => {} }: MigrateOptions): Promise<string[]> {
  const local = await readLocalMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_ID]);
    await client.query(CREATE_TABLE).catch(async (error: unknown) => {
      if ((error as { code?: string }).code !== "42501") throw error;
      // PostgreSQL 15 and later no longer let every role create tables in public: say so instead of a stack trace.
      const { rows } = await client.query<{ role: string }>("SELECT current_user AS role");
      const role = rows[0]?.role ?? "?";
      throw new MigrationError(
        "INSUFFICIENT_PRIVILEGE",
        "",
        `The database role "${role}" may not create tables in schema public. Grant it (GRANT CREATE ON SCHEMA public TO "${role}";) or run migrations as the database owner.`,
      );
    });
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
    );

    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        "FAILED_MIGRATION_PRESENT",
        failed.migration_name,
        `Migration "${failed.migration_name}" failed earlier, so no later migration will be applied. ` +
          `Fix the database by hand, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
          `WHERE migration_name = '${failed.migration_name}') or, with the Prisma CLI, ` +
          `\`prisma migrate resolve --rolled-back ${failed.migration_name}\`. Error it recorded: ${failed.logs ?? "(none)"}`,
      );
    }

    const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r]));
    for (const row of done.values()) {
      const file = local.find((m) => m.name === row.migration_name);
      if (!file) {
        log(`warning: migration ${row.migration_name} is applied in the database but missing from ${migrationsDir ?? DEFAULT_MIGRATIONS_DIR}`);
      } else if (file.checksum !== row.checksum) {
        throw new MigrationError(
          "CHECKSUM_MISMATCH",
          row.migration_name,
          `Migration "${row.migration_name}" was edited after it was applied (checksum ${row.checksum.slice(0, 12)}… in the ` +
            `database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must not change: restore the file ` +
            `and put the change in a new migration.`,
        );
      }
    }

    for (const migration of local) {
      if (done.has(migration.name)) continue;
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`, [
        id,
        migration.checksum,
        migration.name,
      ]);
      try {
        // Unlike the CLI we wrap each script in a transaction, so a failure leaves no half-applied schema.
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const detail = error instanceof Error ? error.message : String(error);
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, detail]);
        throw new MigrationError(
          "MIGRATION_FAILED",
          migration.name,
          `Migration "${migration.name}" failed and was rolled back: ${detail}. Later migrations are blocked until it is resolved.`,
        );
      }
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      applied.push(migration.name);
      log(`applied migration ${migration.name}`);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_ID]).catch(() => {});
    await client.end().catch(() => {});
  }
}
