// Backups. With a pg_dump at least as new as the server (on PATH or in PG_BIN_DIR) this is pg_dump's custom
// format. Otherwise (embedded PostgreSQL ships no pg_dump, and Debian's is older than the server) it is a portable
// logical archive: the schema comes from our migrations, the data from COPY, one table after another. See
// docs/decisions/0004-backups.md.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { migrate, readLocalMigrations } from "./migrate";

const MAGIC = "-- prelim-scout logical backup v1";

export type BackupResult = { format: "pg_dump-custom" | "logical"; file: string; tables: number };

function findPgTool(tool: "pg_dump" | "pg_restore", serverMajor: number): string | null {
  const candidates = [process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : null, tool].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    if (candidate.includes("/") && !existsSync(candidate)) continue;
    const out = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    const major = Number(/(\d+)(?:\.\d+)?/.exec(out.stdout ?? "")?.[1] ?? 0);
    if (out.status === 0 && major >= serverMajor) return candidate;
  }
  return null;
}

async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("SHOW server_version_num");
  return Math.floor(Number(rows[0]!.v) / 10000);
}

type TableInfo = { name: string; columns: string[]; orderBy: string };

/** Tables in foreign-key order (parents first), with their non-generated columns. */
async function tablesInOrder(client: pg.Client): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`,
  );
  const { rows: deps } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const { rows: cols } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const { rows: self } = await client.query<{ name: string }>(
    `SELECT DISTINCT c.relname AS name FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid = k.confrelid`,
  );
  const selfRef = new Set(self.map((r) => r.name));
  const names = tables.map((t) => t.name);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const d of deps.filter((d) => d.child === name)) visit(d.parent);
    visiting.delete(name);
    ordered.push(name);
  };
  names.forEach(visit);
  return ordered.map((name) => {
    const columns = cols.filter((c) => c.table_name === name).map((c) => c.column_name);
    // Rows that reference rows of the same table (replies to comments) must come after them.
    const orderBy = selfRef.has(name) && columns.includes("parent_id") ? `"parent_id" IS NOT NULL, "created_at"` : columns.includes("created_at") ? `"created_at"` : "1";
    return { name, columns, orderBy };
  });
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const pgDump = findPgTool("pg_dump", await serverMajor(client));
    if (pgDump) {
      const out = spawnSync(pgDump, ["--format=custom", "--no-owner", "--file", file, databaseUrl], { encoding: "utf8" });
      if (out.status !== 0) throw new Error(`pg_dump failed: ${out.stderr}`);
      return { format: "pg_dump-custom", file, tables: -1 };
    }
    const tables = await tablesInOrder(client);
    const { rows: migrations } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(file));
    const write = async (text: string) => {
      if (!gzip.write(text)) await once(gzip, "drain");
    };
    await write(`${MAGIC}\n${JSON.stringify({ migrations: migrations.map((m) => m.migration_name), tables: tables.map((t) => ({ name: t.name, columns: t.columns })) })}\n`);
    // One snapshot for every table, so the archive is consistent even while the app keeps writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const table of tables) {
      await write(`-- table ${table.name}\n`);
      const stream = client.query(copyTo(`COPY (SELECT ${table.columns.map(ident).join(", ")} FROM ${ident(table.name)} ORDER BY ${table.orderBy}) TO STDOUT`));
      for await (const chunk of stream) await write(chunk.toString("utf8"));
      await write("\\.\n");
    }
    await client.query("COMMIT");
    gzip.end();
    await done;
    return { format: "logical", file, tables: tables.length };
  } finally {
    await client.end().catch(() => {});
  }
}

async function isPgDumpArchive(file: string): Promise<boolean> {
  const stream = createReadStream(file, { start: 0, end: 4 });
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("latin1") === "PGDMP";
}

/**
 * Restores into an empty database (or, with replace, one whose public schema is dropped first). The schema is
 * built by our migrations and must match the archive's, then each table's rows are copied in.
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { replace?: boolean } = {}): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: existing } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (existing[0]!.n > 0) {
      if (!options.replace) throw new Error("The target database is not empty. Restore into a new database, or pass --replace to drop its public schema first.");
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
    if (await isPgDumpArchive(file)) {
      const pgRestore = findPgTool("pg_restore", await serverMajor(client));
      if (!pgRestore) throw new Error("This is a pg_dump archive; install pg_restore of the server's version (or set PG_BIN_DIR) to restore it.");
      const out = spawnSync(pgRestore, ["--no-owner", "--dbname", databaseUrl, file], { encoding: "utf8" });
      if (out.status !== 0) throw new Error(`pg_restore failed: ${out.stderr}`);
      return { tables: -1, rows: -1 };
    }
    const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const iterator = lines[Symbol.asyncIterator]();
    const next = async () => (await iterator.next()).value as string | undefined;
    if ((await next()) !== MAGIC) throw new Error("This file is not a Prelim Scout backup.");
    const header = JSON.parse((await next()) ?? "{}") as { migrations: string[]; tables: { name: string; columns: string[] }[] };
    const local = (await readLocalMigrations()).map((m) => m.name);
    const missing = header.migrations.filter((m) => !local.includes(m));
    if (missing.length) throw new Error(`The backup was made by a newer version of Prelim Scout (migrations ${missing.join(", ")} are unknown here). Upgrade first.`);
    await migrate({ databaseUrl });
    let tables = 0;
    let rows = 0;
    await client.query("BEGIN");
    // Migrations may seed reference data (typical cycle calendars): the archive's rows replace it.
    for (const table of header.tables) {
      const { rows: any } = await client.query<{ e: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(table.name)}) AS e`);
      if (any[0]?.e) await client.query(`DELETE FROM ${ident(table.name)}`);
    }
    for (let line = await next(); line !== undefined; line = await next()) {
      const match = /^-- table (\S+)$/.exec(line);
      if (!match) continue;
      const table = header.tables.find((t) => t.name === match[1]);
      if (!table) throw new Error(`The backup contains an unknown table ${match[1]}.`);
      const copy = client.query(copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) FROM STDIN`));
      for (let data = await next(); data !== undefined && data !== "\\."; data = await next()) {
        if (!copy.write(`${data}\n`)) await once(copy, "drain");
        rows++;
      }
      copy.end();
      await once(copy, "finish");
      tables++;
    }
    // Serial columns continue after the restored rows.
    await client.query(`SELECT setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((SELECT max(id) FROM audit_events), 1), (SELECT count(*) > 0 FROM audit_events))`);
    await client.query("COMMIT");
    return { tables, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
