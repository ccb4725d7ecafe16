// `npm run digest -- <email> [--send]`: shows one resident's weekly digest as it would go out now, or with --send
// sends it now (whatever their chosen day and hour) and records it as their latest. For operators checking SMTP or
// answering "what did my digest say?". In the Docker image: docker compose run --rm app node ops/digest.mjs <email>.
import { env } from "../lib/env";
import { unsafeDigestForEmail } from "../lib/server/plan/digest";
import { closePool } from "../lib/db/pool";

async function main() {
  const email = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!email) throw new Error("Say whose digest: npm run digest -- resident@example.org [--send]");
  if (!env().DATABASE_URL) throw new Error("Set DATABASE_URL to the app's database.");
  const send = process.argv.includes("--send");
  const baseUrl = (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const digest = await unsafeDigestForEmail(email, new Date(), baseUrl, send);
  console.log(`Subject: ${digest.subject}\n\n${digest.text}\n`);
  console.log(
    send
      ? env().SMTP_URL
        ? `[digest] sent to ${email}`
        : `[digest] SMTP_URL is not set: the digest was printed above, not sent`
      : "[digest] preview only; add --send to send it now",
  );
}

main()
  .catch((error: unknown) => {
    console.error(`[digest] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closePool());
