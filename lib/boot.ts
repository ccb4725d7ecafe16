import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import { installPeerAddressHook } from "@/lib/http/peer-address";
import { logger } from "@/lib/log";
import { parseTrustedProxies } from "@/lib/request";

/** Refuses to run misconfigured, then brings the schema up to date. */
export async function boot(): Promise<void> {
  const parsed = parseEnv();
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  try {
    parseTrustedProxies(process.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(`Prelim Scout cannot start. TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)} (expected a hop count, or addresses and CIDR ranges separated by commas).`);
    process.exit(1);
  }
  // Before the first request is handled: rate limits key on the address this hook makes visible.
  installPeerAddressHook();
  if (process.env.SKIP_MIGRATIONS_AT_START !== "1") await migrateAtStart(parsed.env.DATABASE_URL);
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
      readMessageText("A question about the rank list", "Dear Dr. Lee, if you rank me first I will rank you first. Where do I stand? My goal is a career in internal medicine and I will need J-1 sponsorship."),
    );
  }, 0).unref();
}

async function migrateAtStart(databaseUrl: string): Promise<void> {
  // Several instances may start together: the runner's advisory lock lets one apply and the others wait.
  const applied = await migrate({ databaseUrl, log: (line) => logger.info(line) });
  if (applied.length) logger.info({ applied }, "database migrated at start");
}

/** With SMTP configured, checks hourly for residents whose weekly digest is due. */
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
  setTimeout(() => void run(), 60_000).unref();
  setInterval(() => void run(), 60 * 60_000).unref();
}
