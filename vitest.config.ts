import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The folder of a test decides its project, as it decides the layer of the code beside it. Tests of the layers
 * that talk to PostgreSQL (the DAL, actions, auth, the database itself, routes, the security suites) are
 * integration tests: one embedded PostgreSQL for the run, one database per file. Everything else (lib/rules,
 * lib/labels, lib/validation, lib/*.ts, components) is a unit test: no database, no global setup, seconds.
 * A test outside these folders that asks for a database fails with a sentence saying where it belongs
 * (lib/testing/db.ts).
 */
export const INTEGRATION_TESTS = [
  "lib/server/**/*.test.{ts,tsx}",
  "lib/actions/**/*.test.{ts,tsx}",
  "lib/auth/**/*.test.{ts,tsx}",
  "lib/db/**/*.test.{ts,tsx}",
  "lib/security-tests/**/*.test.{ts,tsx}",
  "lib/testing/**/*.test.{ts,tsx}",
  "app/**/*.test.{ts,tsx}",
  "prisma/**/*.test.{ts,tsx}",
  "scripts/**/*.test.{ts,tsx}",
];
const ALL_TESTS = ["**/*.test.{ts,tsx}"];
const NEVER = ["node_modules/**", ".next/**", ".next-standalone/**", "dist/**", "e2e/**", ".data/**", "backups/**"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // `server-only` throws outside React Server Components; tests call the DAL directly.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
    ],
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    env: { NODE_ENV: "test", NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-000" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ALL_TESTS,
          exclude: [...NEVER, ...INTEGRATION_TESTS],
          setupFiles: ["lib/testing/fail-on-console-error.ts"],
          // Forks, not threads: the time-zone tests set process.env.TZ, which only a child process honours.
          pool: "forks",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: INTEGRATION_TESTS,
          exclude: NEVER,
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/fail-on-console-error.ts", "lib/testing/setup.ts"],
          pool: "forks",
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
