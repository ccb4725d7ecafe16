// One PostgreSQL server for the whole run, with a migrated template database; each integration test file clones it
// (CREATE DATABASE ... TEMPLATE) so files never see each other's rows. The server is the embedded PostgreSQL 18, or
// the one TEST_DATABASE_URL names (CI's second pass runs the suite on PostgreSQL 15, the lowest supported version).
// A DATABASE_URL left in a developer's shell is never used: tests create and drop databases on the server they use.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { migrate } from "../db/migrate";
import { toolEnv } from "../env";

export const TEMPLATE_DB = "prelim_scout_template";

let server: EmbeddedDatabase | undefined;
let dir: string | undefined;

async function externalServer(url: string): Promise<string> {
  const serverUrl = new URL(url);
  serverUrl.pathname = "/postgres";
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(serverUrl.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at a local throwaway server (it names ${serverUrl.hostname}).`);
  }
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    console.warn(`[vitest] using PostgreSQL ${rows[0]?.v} from TEST_DATABASE_URL`);
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  return serverUrl.toString();
}

export default async function setup(project: TestProject) {
  const external = toolEnv().TEST_DATABASE_URL;
  let serverUrl: string;
  if (external) {
    serverUrl = await externalServer(external);
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), "prelim-scout-test-pg-"));
    chmodSync(dir, 0o755); // PostgreSQL runs as its own user when we are root
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), fastUnsafe: true });
    serverUrl = server.urlFor("postgres");
  }
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await ensureDatabase(serverUrl, TEMPLATE_DB);
  await migrate({ databaseUrl: templateUrl.toString() });
  project.provide("pgServerUrl", serverUrl);
  project.provide("pgTemplate", TEMPLATE_DB);
  return async () => {
    await server?.stop().catch(() => {});
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
  }
}
