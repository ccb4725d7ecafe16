// `tsx scripts/with-system-postgres.ts -- <command...>`: starts a throwaway cluster of the system's PostgreSQL (the
// lowest Debian version installed, or PG_BIN_DIR), runs the command with TEST_DATABASE_URL pointing at it, stops the
// cluster and exits with the command's code. CI runs the integration suite on PostgreSQL 15 this way.
import { spawnSync } from "node:child_process";
import { childEnv } from "../lib/env";
import { startSystemPostgres } from "../lib/testing/system-postgres";

async function main(): Promise<number> {
  const separator = process.argv.indexOf("--");
  const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
  if (!command.length) throw new Error("usage: tsx scripts/with-system-postgres.ts -- <command> [args...]");
  const server = await startSystemPostgres();
  try {
    console.log(`[system-postgres] PostgreSQL ${server.major} from ${server.binDir} on 127.0.0.1:${server.port}`);
    const result = spawnSync(command[0]!, command.slice(1), { stdio: "inherit", env: childEnv({ TEST_DATABASE_URL: server.urlFor("postgres") }) });
    return result.status ?? 1;
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[system-postgres] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
