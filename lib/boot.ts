import { MigrationError, migrate } from "@/lib/db/migrate";
import { checkEnvAtBoot } from "@/lib/env";
import { logger } from "@/lib/log";

/** Refuses to run misconfigured, then brings the schema up to date. */
export async function boot(): Promise<void> {
  const parsed = checkEnvAtBoot();
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  if (parsed.env.SKIP_MIGRATIONS_AT_START !== "1" && parsed.env.DATABASE_URL) await migrateAtStart(parsed.env.DATABASE_URL);
  if (parsed.env.SMTP_URL) scheduleDigests(parsed.env.NEXTAUTH_URL ?? "http://localhost:3000");
}

async function migrateAtStart(databaseUrl: string): Promise<void> {
  // Several instances may start together: the runner's advisory lock lets one apply and the others wait.
  const applied = await migrate({ databaseUrl, log: (line) => logger.info(line) }).catch((error: unknown) => {
    if (!(error instanceof MigrationError)) throw error;
    // The operator needs the sentence, not a stack trace through Next.js' instrumentation hook.
    console.error(`Prelim Scout cannot start: ${error.message}`);
    process.exit(1);
  });
  if (applied.length) logger.info({ applied }, "database migrated at start");
}

/** With SMTP configured, checks every hour for residents whose chosen digest day and hour has come. */
function scheduleDigests(baseUrl: string): void {
  const run = async () => {
    try {
      const { unsafeSendDueDigests } = await import("@/lib/server/plan/digest");
      const sent = await unsafeSendDueDigests(new Date(), baseUrl.replace(/\/$/, ""));
      if (sent) logger.info({ sent }, "weekly digests sent");
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, "digest run failed");
    }
  };
  // Once shortly after start (a digest missed while the server was down goes out late, once), then just after the
  // top of every hour, which is when residents' chosen hours begin.
  setTimeout(() => void run(), 60_000).unref();
  const HOUR = 60 * 60_000;
  setTimeout(() => {
    void run();
    setInterval(() => void run(), HOUR).unref();
  }, HOUR - (Date.now() % HOUR) + 30_000).unref();
}
