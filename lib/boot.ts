import { MigrationError, migrate } from "@/lib/db/migrate";
import { checkEnvAtBoot } from "@/lib/env";
import { installPeerAddressHook } from "@/lib/http/peer-address";
import { logger } from "@/lib/log";
import { parseTrustedProxies } from "@/lib/request";

/** Refuses to run misconfigured, then brings the schema up to date. */
export async function boot(): Promise<void> {
  const parsed = checkEnvAtBoot();
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  try {
    parseTrustedProxies(parsed.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(
      `Prelim Scout cannot start. TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)} (expected a hop count, or addresses and CIDR ranges separated by commas).`,
    );
    process.exit(1);
  }
  // Before the first request is handled: rate limits key on the address this hook makes visible.
  installPeerAddressHook();
  if (parsed.env.SKIP_MIGRATIONS_AT_START !== "1" && parsed.env.DATABASE_URL) await migrateAtStart(parsed.env.DATABASE_URL);
  if (parsed.env.SMTP_URL) scheduleDigests(parsed.env.NEXTAUTH_URL ?? "http://localhost:3000");
  warmMessageRules();
}

/**
 * The honesty rules compile their patterns on first use, which takes a noticeable fraction of a second; pay that at
 * start, off the request path, rather than in the first resident's send.
 */
function warmMessageRules(): void {
  setTimeout(() => {
    void import("@/lib/rules/message-rules").then(({ readMessageText }) =>
      readMessageText(
        "A question about the rank list",
        "Dear Dr. Lee, if you rank me first I will rank you first. Where do I stand? My goal is a career in internal medicine and I will need J-1 sponsorship.",
      ),
    );
  }, 0).unref();
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
  setTimeout(
    () => {
      void run();
      setInterval(() => void run(), HOUR).unref();
    },
    HOUR - (Date.now() % HOUR) + 30_000,
  ).unref();
}
