import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import { logger } from "@/lib/log";

/** Refuses to run misconfigured, then brings the schema up to date. */
export async function boot(): Promise<void> {
  const parsed = parseEnv();
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  if (process.env.SKIP_MIGRATIONS_AT_START === "1") return;
  // Several instances may start together: the runner's advisory lock lets one apply and the others wait.
  const applied = await migrate({ databaseUrl: parsed.env.DATABASE_URL, log: (line) => logger.info(line) });
  if (applied.length) logger.info({ applied }, "database migrated at start");
}
