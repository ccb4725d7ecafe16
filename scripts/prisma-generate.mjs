// Generates the Prisma client without downloading Prisma's native schema engine.
// `prisma generate` only needs the engine path to exist; the stub explains itself if anything calls it.
// See docs/decisions/0001-migrations-without-the-prisma-cli.md.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const stubDir = path.join(root, "node_modules", ".cache", "prelim-scout");
const stub = path.join(stubDir, "schema-engine-stub.sh");
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(
    stub,
    '#!/bin/sh\necho "The Prisma schema engine is not installed here: migrations are applied by npm run db:migrate (lib/db/migrate.ts)." >&2\nexit 1\n',
  );
  chmodSync(stub, 0o755);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");
if (!existsSync(prismaBin)) {
  console.log("prisma CLI not installed yet; skipping client generation");
  process.exit(0);
}
const result = spawnSync(prismaBin, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
