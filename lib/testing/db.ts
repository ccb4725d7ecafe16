import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, inject } from "vitest";
import { closePool } from "@/lib/db/pool";
import { setDatabaseUrl } from "@/lib/env";

/** The embedded server of this run; only the integration project starts one (lib/testing/global-setup.ts). */
function testServer(): { serverUrl: string; template: string } {
  const serverUrl = inject("pgServerUrl");
  if (!serverUrl) {
    throw new Error(
      "This test needs PostgreSQL, but it runs in the unit project, which has none. Put it beside the code it tests in a folder the integration project covers (INTEGRATION_TESTS in vitest.config.ts), or test a pure function instead.",
    );
  }
  assertLocal(serverUrl);
  return { serverUrl, template: inject("pgTemplate") };
}

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") {
    throw new Error(`Tests refuse to run against a non-local database (${host}).`);
  }
}

/** Creates a database cloned from the migrated template; returns its URL. */
export async function createDatabaseFromTemplate(prefix = "t"): Promise<string> {
  const { serverUrl, template } = testServer();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty database (no migrations), for the migration runner's own tests. */
export async function createEmptyDatabase(prefix = "e"): Promise<string> {
  const { serverUrl } = testServer();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Call at the top of an integration test file: the app's db() then talks to this file's own database. */
export function withTestDatabase(): void {
  beforeAll(async () => {
    const url = await createDatabaseFromTemplate();
    setDatabaseUrl(url);
  });
}

export async function closeTestDatabase(): Promise<void> {
  const holder = globalThis as unknown as { prelimScoutPrisma?: { $disconnect(): Promise<void> } };
  await holder.prelimScoutPrisma?.$disconnect().catch(() => {});
  holder.prelimScoutPrisma = undefined;
  await closePool();
}
