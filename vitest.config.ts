import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // `server-only` throws outside React Server Components; tests call the DAL directly.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
    ],
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", ".next-standalone/**", "dist/**", "e2e/**", ".data/**"],
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-000" },
  },
});
