// Backups. With a pg_dump at least as new as the server (PG_BIN_DIR, PATH or Debian's /usr/lib/postgresql/*/bin)
// this is pg_dump's custom format. Otherwise (embedded PostgreSQL ships no pg_dump, and Debian's is older than the
// server) it is a portable logical archive: the schema comes from our migrations, the data from COPY, one table after
// another. Restores never touch the live data until the new copy is complete: see docs/decisions/0004-backups.md.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { env } from "../env";
import { readLocalMigrations, type LocalMigration } from "./migrate";

const MAGIC_V1 = "-- prelim-scout logical backup v1";
const MAGIC = "-- prelim-scout logical backup v2";
/** v2 archives end with this line, so a file cut short at a line boundary is still recognised as incomplete. */
const TRAILER = /^-- end of backup: (\d+) rows$/;

export type BackupFormat = "pg_dump-custom" | "logical";
export type BackupResult = { format: BackupFormat; file: string; tables: number };
export type RestoreResult = { format: BackupFormat; tables: number; rows: number; safetyBackup: string | null };

/** A backup or restore that stopped on purpose; the message says why, in one or two sentences. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function candidateDirs(): string[] {
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(debian, v, "bin"))
    : [];
  const configured = env().PG_BIN_DIR;
  return [...(configured ? [configured] : []), ...versions];
}

/** A pg_dump/pg_restore whose major version is at least `minMajor`, or null. */
export function findPgTool(tool: "pg_dump" | "pg_restore", minMajor: number): { path: string; major: number } | null {
  for (const candidate of [...candidateDirs().map((dir) => path.join(dir, tool)), tool]) {
    if (candidate.includes("/") && !existsSync(candidate)) continue;
    const out = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    const major = Number(/(\d+)(?:\.\d+)?/.exec(out.stdout ?? "")?.[1] ?? 0);
    if (out.status === 0 && major >= minMajor) return { path: candidate, major };
  }
  return null;
}

export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
  return Math.floor(rows[0]!.v / 10000);
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
    const orderBy =
      selfRef.has(name) && columns.includes("parent_id") ? `"parent_id" IS NOT NULL, "created_at"` : columns.includes("created_at") ? `"created_at"` : "1";
    return { name, columns, orderBy };
  });
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  return client;
}

/**
 * Backs the database up to `file`. "auto" uses pg_dump when one at least as new as the server is installed, and
 * the logical archive otherwise; the restore's safety copy is always logical, so it never depends on tools.
 */
export async function backupDatabase(databaseUrl: string, file: string, options: { format?: "auto" | BackupFormat } = {}): Promise<BackupResult> {
  const client = await connect(databaseUrl);
  try {
    const wanted = options.format ?? "auto";
    const pgDump = wanted === "logical" ? null : findPgTool("pg_dump", await serverMajor(client));
    if (wanted === "pg_dump-custom" && !pgDump)
      throw new BackupError(`No pg_dump of version ${await serverMajor(client)} or newer is installed (set PG_BIN_DIR to its folder).`);
    if (pgDump) {
      const out = spawnSync(pgDump.path, ["--format=custom", "--no-owner", "--file", file, databaseUrl], { encoding: "utf8" });
      if (out.status !== 0) throw new BackupError(`pg_dump failed: ${out.stderr.trim()}`);
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
    await write(
      `${MAGIC}\n${JSON.stringify({ migrations: migrations.map((m) => m.migration_name), tables: tables.map((t) => ({ name: t.name, columns: t.columns })) })}\n`,
    );
    // One snapshot for every table, so the archive is consistent even while the app keeps writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    let rows = 0;
    for (const table of tables) {
      await write(`-- table ${table.name}\n`);
      const stream = client.query(copyTo(`COPY (SELECT ${table.columns.map(ident).join(", ")} FROM ${ident(table.name)} ORDER BY ${table.orderBy}) TO STDOUT`));
      let tail = "";
      for await (const chunk of stream) {
        const text = tail + chunk.toString("utf8");
        const lines = text.split("\n");
        tail = lines.pop() ?? "";
        rows += lines.length;
        await write(lines.map((l) => `${l}\n`).join(""));
      }
      if (tail) throw new Error(`COPY of ${table.name} ended without a newline`);
      await write("\\.\n");
    }
    await client.query("COMMIT");
    await write(`-- end of backup: ${rows} rows\n`);
    gzip.end();
    await done;
    return { format: "logical", file, tables: tables.length };
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and checking an archive, before any database is touched
// ---------------------------------------------------------------------------------------------------------------

type Header = { migrations: string[]; tables: { name: string; columns: string[] }[] };

async function fileStart(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(file, { start: 0, end: 4 })) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function detectFormat(file: string): Promise<BackupFormat> {
  if (!existsSync(file)) throw new BackupError(`There is no file at ${file}.`);
  const start = await fileStart(file);
  if (start.toString("latin1") === "PGDMP") return "pg_dump-custom";
  if (start[0] === 0x1f && start[1] === 0x8b) return "logical";
  throw new BackupError(
    "This file is not a Prelim Scout backup: it is neither a pg_dump custom-format archive nor a logical archive written by npm run db:backup.",
  );
}

/**
 * Walks a logical archive from end to end: the gzip stream must be whole, every section well formed with the right
 * number of columns, and a v2 archive must end with its trailer. `onTable` receives each table's rows; without it the
 * walk only checks.
 */
async function walkLogical(
  file: string,
  onTable?: (table: { name: string; columns: string[] }, rows: AsyncIterable<string>) => Promise<void>,
): Promise<{ header: Header; tables: number; rows: number }> {
  const gunzip = createGunzip();
  const lines = readline.createInterface({ input: createReadStream(file).pipe(gunzip), crlfDelay: Infinity });
  let streamError: Error | null = null;
  gunzip.on("error", (error) => {
    streamError = error;
    lines.close();
  });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    if (streamError) throw streamError;
    return done ? undefined : (value as string);
  };
  try {
    const magic = await next();
    if (magic !== MAGIC && magic !== MAGIC_V1)
      throw new BackupError("This file is not a Prelim Scout backup (a gzip file, but not one written by npm run db:backup).");
    let header: Header;
    try {
      header = JSON.parse((await next()) ?? "") as Header;
      if (!Array.isArray(header.migrations) || !Array.isArray(header.tables)) throw new Error("shape");
    } catch {
      throw new BackupError("The backup's header is damaged, so the file cannot be restored.");
    }
    let tables = 0;
    let rows = 0;
    let trailer: number | null = null;
    for (let line = await next(); line !== undefined; line = await next()) {
      const end = TRAILER.exec(line);
      if (end) {
        trailer = Number(end[1]);
        if ((await next()) !== undefined) throw new BackupError("The backup has data after its end line; it is damaged.");
        break;
      }
      const match = /^-- table (\S+)$/.exec(line);
      if (!match) throw new BackupError(`The backup is damaged: unexpected line after ${tables} tables.`);
      const table = header.tables.find((t) => t.name === match[1]);
      if (!table) throw new BackupError(`The backup contains an unknown table ${match[1]}.`);
      const tabs = table.columns.length - 1;
      let closed = false;
      const section = async function* () {
        for (let data = await next(); data !== undefined; data = await next()) {
          if (data === "\\.") {
            closed = true;
            return;
          }
          if (data.split("\t").length - 1 !== tabs) throw new BackupError(`The backup is damaged: a row of ${table.name} has the wrong number of columns.`);
          rows++;
          yield data;
        }
      };
      if (onTable) await onTable(table, section());
      else for await (const _row of section());
      if (!closed) throw new BackupError(`The backup ends in the middle of table ${table.name}: it is incomplete (cut off while writing or copying).`);
      tables++;
    }
    if (magic === MAGIC && trailer === null) throw new BackupError("The backup is incomplete: its end line is missing (cut off while writing or copying).");
    if (trailer !== null && trailer !== rows) throw new BackupError(`The backup is damaged: it says ${trailer} rows but holds ${rows}.`);
    return { header, tables, rows };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "Z_BUF_ERROR" || code === "Z_DATA_ERROR" || /unexpected end of file/i.test(String(error))) {
      throw new BackupError("The backup file is incomplete or damaged (its compressed data ends early or is corrupt); nothing was restored.");
    }
    throw error;
  } finally {
    lines.close();
  }
}

/** The whole pg_dump archive is read once by pg_restore (to /dev/null): a truncated or damaged one fails here. */
function checkPgDumpArchive(file: string): string {
  const tool = findPgTool("pg_restore", 0);
  if (!tool)
    throw new BackupError("This is a pg_dump archive and no pg_restore is installed: install PostgreSQL's client tools (or set PG_BIN_DIR) and try again.");
  const out = spawnSync(tool.path, ["--file", os.devNull, file], { encoding: "utf8" });
  if (out.status !== 0) throw new BackupError(`This pg_dump archive cannot be read in full, so nothing was restored: ${out.stderr.trim().split("\n")[0]}`);
  return tool.path;
}

// ---------------------------------------------------------------------------------------------------------------
// Restoring: into a new schema, in one transaction, swapped in only when complete
// ---------------------------------------------------------------------------------------------------------------

async function publicTableCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
  return rows[0]!.n;
}

const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

async function applyMigrations(client: pg.Client, migrations: LocalMigration[]): Promise<void> {
  for (const m of migrations) {
    await client.query(m.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (gen_random_uuid()::text, $1, $2, now(), 1)`,
      [m.checksum, m.name],
    );
  }
}

/** A PostgreSQL refusal in the words an operator needs. */
function explain(error: unknown, action: string): Error {
  const e = error as { code?: string; message?: string };
  if (e.code === "42501")
    return new BackupError(
      `The database role may not ${action} (${e.message}). Run the restore as the database's owner (or a superuser); nothing was changed.`,
    );
  return error instanceof Error ? error : new Error(String(error));
}

async function restoreLogical(databaseUrl: string, file: string, replace: boolean, safetyDir: string): Promise<RestoreResult> {
  const { header } = await walkLogical(file);
  const local = await readLocalMigrations();
  const missing = header.migrations.filter((m) => !local.some((l) => l.name === m));
  if (missing.length)
    throw new BackupError(`The backup was made by a newer version of Prelim Scout (migrations ${missing.join(", ")} are unknown here). Upgrade first.`);

  const client = await connect(databaseUrl);
  try {
    let safetyBackup: string | null = null;
    if ((await publicTableCount(client)) > 0) {
      if (!replace)
        throw new BackupError(
          "The target database is not empty. Restore into a new database, or pass --replace to replace its contents (a safety backup is written first).",
        );
      safetyBackup = path.join(safetyDir, `prelim-scout-before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}.backup`);
      await backupDatabase(databaseUrl, safetyBackup, { format: "logical" });
    }
    const staging = `prelim_restore_${randomBytes(5).toString("hex")}`;
    await client.query("BEGIN");
    try {
      await client.query(`CREATE SCHEMA ${ident(staging)}`).catch((error: unknown) => {
        throw explain(error, "create a schema in this database");
      });
      await client.query(`SET LOCAL search_path TO ${ident(staging)}`);
      await client.query(MIGRATIONS_TABLE);
      // The archive's own schema version first, then its rows, then any newer migrations (which may move data).
      await applyMigrations(
        client,
        local.filter((m) => header.migrations.includes(m.name)),
      );
      // Migrations may seed reference data (typical cycle calendars): the archive's rows replace it.
      for (const table of header.tables) await client.query(`DELETE FROM ${ident(table.name)}`);
      const counted = await walkLogical(file, async (table, rows) => {
        const copy = client.query(copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) FROM STDIN`));
        for await (const row of rows) if (!copy.write(`${row}\n`)) await once(copy, "drain");
        copy.end();
        await once(copy, "finish");
      });
      // Serial columns continue after the restored rows.
      const { rows: serials } = await client.query<{ seq: string; tbl: string; col: string }>(
        `SELECT pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS seq, c.relname AS tbl, a.attname AS col
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
           AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
        [staging],
      );
      for (const s of serials) {
        await client.query(`SELECT setval($1, coalesce((SELECT max(${ident(s.col)}) FROM ${ident(s.tbl)}), 1), (SELECT count(*) > 0 FROM ${ident(s.tbl)}))`, [
          s.seq,
        ]);
      }
      await applyMigrations(
        client,
        local.filter((m) => !header.migrations.includes(m.name)),
      );
      // The swap: the old schema goes (its copy is the safety backup), the complete new one takes its name.
      await client.query("DROP SCHEMA public CASCADE").catch((error: unknown) => {
        throw explain(error, "replace the public schema");
      });
      await client.query(`ALTER SCHEMA ${ident(staging)} RENAME TO public`);
      await client.query("GRANT USAGE ON SCHEMA public TO PUBLIC");
      await client.query("COMMIT");
      return { format: "logical", tables: counted.tables, rows: counted.rows, safetyBackup };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** Where backups go unless a file is named: outside .data, so resetting the database does not delete them. */
export function defaultBackupDir(): string {
  return path.resolve(env().BACKUP_DIR ?? path.join(process.cwd(), "backups"));
}

/**
 * Restores a backup into an empty database, or with `replace` over one that has data. The whole archive is read and
 * checked first; the restored copy is built beside the live data in one transaction and swapped in only when it is
 * complete, so any failure leaves the database as it was. With `replace`, a safety backup of what is replaced is
 * written to `safetyDir` first.
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { replace?: boolean; safetyDir?: string } = {}): Promise<RestoreResult> {
  const replace = options.replace ?? false;
  const safetyDir = options.safetyDir ?? defaultBackupDir();
  const format = await detectFormat(file);
  if (format === "logical") return restoreLogical(databaseUrl, file, replace, safetyDir);

  // pg_dump archives: pg_restore into a scratch database, then the same checked, swapped restore from there.
  const pgRestore = checkPgDumpArchive(file);
  const client = await connect(databaseUrl);
  const scratchName = `${new URL(databaseUrl).pathname.slice(1) || "prelim_scout"}_restore_${randomBytes(4).toString("hex")}`.slice(0, 63);
  const scratch = new URL(databaseUrl);
  scratch.pathname = `/${scratchName}`;
  const work = mkdtempSync(path.join(os.tmpdir(), "prelim-scout-restore-"));
  let created = false;
  try {
    if ((await publicTableCount(client)) > 0 && !replace) {
      throw new BackupError(
        "The target database is not empty. Restore into a new database, or pass --replace to replace its contents (a safety backup is written first).",
      );
    }
    await client.query(`CREATE DATABASE ${ident(scratchName)}`).catch((error: unknown) => {
      throw explain(error, "create a scratch database for pg_restore (it needs CREATEDB)");
    });
    created = true;
    const out = spawnSync(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", scratch.toString(), file], {
      encoding: "utf8",
    });
    if (out.status !== 0) throw new BackupError(`pg_restore could not restore this archive, so nothing was changed: ${out.stderr.trim().split("\n")[0]}`);
    const scratchClient = await connect(scratch.toString());
    const ours = await scratchClient.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok").finally(() => scratchClient.end());
    if (!ours.rows[0]?.ok) throw new BackupError("This pg_dump archive is not a Prelim Scout database (it has no migration history); nothing was changed.");
    const converted = path.join(work, "converted.backup");
    await backupDatabase(scratch.toString(), converted, { format: "logical" });
    const result = await restoreLogical(databaseUrl, converted, replace, safetyDir);
    return { ...result, format: "pg_dump-custom" };
  } finally {
    if (created) await client.query(`DROP DATABASE IF EXISTS ${ident(scratchName)} WITH (FORCE)`).catch(() => {});
    await client.end().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}
