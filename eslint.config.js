import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-standalone/**", "dist/**", "backups/**", "node_modules/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // One env module (lib/env.ts): configuration is typed and validated in one place, empty strings count as unset.
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts: env() for the app, toolEnv() for scripts and tests, childEnv() for a child process's environment." },
      ],
    },
  },
  {
    files: [
      // The module itself.
      "lib/env.ts",
      // Read by Next.js before any app module is loaded, and plain JavaScript: NEXT_OUTPUT is a build switch.
      "next.config.js",
      // Next.js replaces process.env.NEXT_RUNTIME at compile time so the Edge bundle drops the Node-only import;
      // that only works on the literal expression.
      "instrumentation.ts",
      // Run by plain `node` (no TypeScript loader) at npm install, before the env module can be imported; it hands
      // its environment to the Prisma CLI with the engine stub added.
      "scripts/prisma-generate.mjs",
      // Run by plain `node` as the parent of the `next start` workers; reads WEB_CONCURRENCY and NODE_OPTIONS.
      "scripts/next-cluster.mjs",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["scripts/**", "e2e/**", "**/*.test.ts", "vitest.*.ts", "playwright.config.ts", "lib/db/migrate.ts"],
    rules: { "no-console": "off" },
  },
];

export default config;
