// `npm run db:backup [file]`: backs up DATABASE_URL (or the embedded database) to backups/ (BACKUP_DIR) or the file.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase, defaultBackupDir } from "../lib/db/backup";
import { maintenanceDatabase } from "./lib/database-url";

const log = (line: string) => console.log(`[db:backup] ${line}`);

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? path.join(defaultBackupDir(), `prelim-scout-${stamp}.backup`));
  mkdirSync(path.dirname(file), { recursive: true });
  const db = await maintenanceDatabase(log);
  try {
    const result = await backupDatabase(db.url, file);
    log(`${result.format === "logical" ? `logical archive of ${result.tables} tables` : "pg_dump custom-format archive"} written to ${file}`);
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:backup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
