// `npm run db:restore <file> [--replace]`: restores a backup into DATABASE_URL (or the embedded database).
import path from "node:path";
import { restoreDatabase } from "../lib/db/backup";
import { maintenanceDatabase } from "./lib/database-url";

const log = (line: string) => console.log(`[db:restore] ${line}`);

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Say which backup to restore: npm run db:restore -- path/to/file.backup [--replace]");
  const db = await maintenanceDatabase(log);
  try {
    const result = await restoreDatabase(db.url, path.resolve(file), { replace: process.argv.includes("--replace") });
    log(result.rows >= 0 ? `restored ${result.rows} rows in ${result.tables} tables` : "restored with pg_restore");
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:restore] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
