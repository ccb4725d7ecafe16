import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layer boundaries (docs/architecture.md). Type-only imports cross freely: they carry no code, and a component may
// name the DTO a DAL function returns. `group` patterns are gitignore-style, so each lists the alias and the
// relative spellings of the same folder.
const db = {
  group: ["@/lib/db/*", "**/lib/db/*", "../db/*", "./db/*"],
  allowTypeImports: true,
  message: "Only the data access layer (lib/server), lib/auth, lib/db, scripts and tests use the database. Call a lib/server function instead.",
};
const dbExceptErrors = { ...db, group: [...db.group, "!@/lib/db/errors"] };
const server = {
  group: ["@/lib/server/*", "**/lib/server/*"],
  allowTypeImports: true,
  message: "lib/server is the data access layer: pages, routes and actions call it; components get its results as props.",
};
const auth = {
  group: ["@/lib/auth/*", "**/lib/auth/*"],
  allowTypeImports: true,
  message: "lib/auth reads the session on the server; components get the viewer as props.",
};
// lib/rules are pure functions of their arguments: the layers above load the data and call them.
const pure = (layer) => ({
  group: [`@/lib/${layer}/*`, `**/lib/${layer}/*`, `../${layer}/*`],
  allowTypeImports: true,
  message: `lib/rules are pure: they take the data they judge as arguments and never import lib/${layer}.`,
});
const testDatabase = {
  group: ["@/lib/testing/db", "@/lib/testing/factories", "**/lib/testing/db", "**/lib/testing/factories"],
  message: "A test here is a unit test and has no database (vitest.config.ts). Test the pure function, or put the test beside the DAL code it needs.",
};
const restrict = (...patterns) => ["error", { patterns }];
// Client calls of actions (decisions/0008): a form through useActionForm, everything else through useAction, both in
// components/ui. A transition, action state or mutation written by hand elsewhere is the drift those hooks replaced.
const actionHooks =
  "Call server actions through the hooks in components/ui: useActionForm (components/ui/use-action-form.ts) for a form, useAction (components/ui/use-action.ts) for anything else.";
const handWrittenActionCalls = [
  { name: "react", importNames: ["useTransition", "startTransition", "useActionState"], message: actionHooks },
  { name: "react-dom", importNames: ["useFormState"], message: actionHooks },
  { name: "@tanstack/react-query", importNames: ["useMutation"], message: `${actionHooks} TanStack Query is for reading.` },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-standalone/**",
      "dist/**",
      "backups/**",
      "node_modules/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
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
        {
          object: "process",
          property: "env",
          message: "Read configuration through lib/env.ts: env() for the app, toolEnv() for scripts and tests, childEnv() for a child process's environment.",
        },
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
  // The database: only the layers that own it, process entry points and the tests of those layers.
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: [
      "lib/server/**",
      "lib/auth/**",
      "lib/db/**",
      "lib/testing/**",
      "lib/security-tests/**",
      "scripts/**",
      "prisma/**",
      "e2e/**",
      // Server start (instrumentation.ts) applies pending migrations before the first request.
      "lib/boot.ts",
      "lib/actions/**/*.test.{ts,tsx}",
      "app/**/*.test.{ts,tsx}",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(db, testDatabase) },
  },
  // The action wrapper turns database errors into sentences (lib/db/errors.ts); nothing else in lib/actions
  // touches lib/db.
  {
    files: ["lib/actions/**"],
    ignores: ["lib/actions/**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(dbExceptErrors) },
  },
  // Rules are pure: no database, no data access layer, no session, no actions; their tests are unit tests.
  {
    files: ["lib/rules/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(pure("db"), pure("server"), pure("auth"), pure("actions"), testDatabase) },
  },
  // Touches are written by logTouchesIn (lib/server/touches/log-touch.ts) and nowhere else in the DAL.
  {
    files: ["lib/server/**"],
    ignores: ["lib/server/touches/log-touch.ts", "**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.property.name='touch'][callee.property.name=/^(create|createMany|createManyAndReturn|upsert)$/]",
          message: "Log touches with logTouchesIn (lib/server/touches/log-touch.ts), inside your transaction.",
        },
      ],
    },
  },
  // Components render what pages give them and call actions; they never reach the server's modules.
  {
    files: ["components/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(db, server, auth, testDatabase) },
  },
  {
    files: ["components/**", "app/**"],
    ignores: ["components/ui/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: handWrittenActionCalls }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='React'][property.name=/^(useTransition|startTransition|useActionState|useFormState|useMutation)$/]",
          message: actionHooks,
        },
      ],
    },
  },
];

export default config;
