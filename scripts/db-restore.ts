// `npm run db:restore <file> [--replace]`: restores a backup into DATABASE_URL (or the embedded database). The live
// data is replaced only when the restored copy is complete; with --replace a safety backup is written first.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defaultBackupDir, restoreDatabase } from "../lib/db/backup";
import { maintenanceDatabase } from "./lib/database-url";

const log = (line: string) => console.log(`[db:restore] ${line}`);

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Say which backup to restore: npm run db:restore -- path/to/file.backup [--replace]");
  const safetyDir = defaultBackupDir();
  mkdirSync(safetyDir, { recursive: true });
  const db = await maintenanceDatabase(log);
  try {
    const result = await restoreDatabase(db.url, path.resolve(file), { replace: process.argv.includes("--replace"), safetyDir });
    if (result.safetyBackup) log(`the data it replaced is saved in ${result.safetyBackup}`);
    log(`restored ${result.rows} rows in ${result.tables} tables from a ${result.format === "logical" ? "logical archive" : "pg_dump archive"}`);
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:restore] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
