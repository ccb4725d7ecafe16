// One embedded PostgreSQL for the whole run, with a migrated template database; each integration test file
// clones it (CREATE DATABASE ... TEMPLATE) so files never see each other's rows.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { migrate } from "../db/migrate";

export const TEMPLATE_DB = "prelim_scout_template";

let server: EmbeddedDatabase | undefined;
let dir: string | undefined;

export default async function setup(project: TestProject) {
  dir = mkdtempSync(path.join(os.tmpdir(), "prelim-scout-test-pg-"));
  chmodSync(dir, 0o755); // PostgreSQL runs as its own user when we are root
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), fastUnsafe: true });
  await ensureDatabase(server.urlFor("postgres"), TEMPLATE_DB);
  await migrate({ databaseUrl: server.urlFor(TEMPLATE_DB) });
  project.provide("pgServerUrl", server.urlFor("postgres"));
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
