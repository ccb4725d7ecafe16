// The one place that reads configuration. Everything else asks env() (the app) or toolEnv() (scripts and test
// tooling); an ESLint rule forbids `process.env` elsewhere (eslint.config.js lists the few exceptions and why).
//
// Why not @t3-oss/env-nextjs: its createEnv() snapshots process.env when the module is imported, while the test
// harness points each test file at its own database (and stubs variables) after imports. Here the parsed result is
// cached and re-parsed only when one of the raw values changes, which is once per process in a real server.
import { z } from "zod";

/** docker compose passes `SMTP_URL: ${SMTP_URL:-}` as an empty string: empty means "not set", everywhere. */
const unsetIfEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess(unsetIfEmpty, schema.default(fallback as never));
const flag = withDefault(z.enum(["0", "1"], { message: "use 1 (on) or 0 (off)" }), "0");
const WHOLE = "must be a whole number above 0";
const wholeNumber = () => z.coerce.number({ message: WHOLE }).int({ message: WHOLE }).positive({ message: WHOLE });
const positiveInt = (fallback: number) => withDefault(wholeNumber(), fallback);
const url = (message: string) => z.string().url({ message });

export const DEFAULT_EMAIL_FROM = "Prelim Scout <no-reply@prelim-scout.local>";

const appSchema = z.object({
  NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
  DATABASE_URL: optional(url("DATABASE_URL must be a postgresql:// connection string")),
  DATABASE_POOL_SIZE: positiveInt(10),
  NEXTAUTH_URL: optional(url("NEXTAUTH_URL must be a full URL such as https://scout.example.org")),
  NEXTAUTH_SECRET: optional(z.string()),
  SMTP_URL: optional(url("SMTP_URL must look like smtps://user:password@smtp.example.org:465")),
  EMAIL_FROM: withDefault(z.string(), DEFAULT_EMAIL_FROM),
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  /** Lets end-to-end tests move "now" through a cookie; only the test launcher sets it. */
  ALLOW_TEST_CLOCK: flag,
  /** Instances started by an orchestrator that migrates separately (docker compose run app node ops/...). */
  SKIP_MIGRATIONS_AT_START: flag,
  /** Only the benchmark's server counts queries (scripts/bench.ts). */
  BENCH_COUNT_QUERIES: flag,
  /**
   * Only the benchmark's server (scripts/bench.ts): a directory of captured page HTML that /internal/bench-floor/[section]
   * serves without database or session (the framework floor). Unset, that page is a 404.
   */
  BENCH_FRAMEWORK_FLOOR_DIR: optional(z.string()),
  /** Where pg_dump/pg_restore live when they are not on PATH (e.g. /usr/lib/postgresql/15/bin). */
  PG_BIN_DIR: optional(z.string()),
  /** Where db:backup writes and db:restore keeps its safety copy; default scripts/lib/backup-dir.ts. */
  BACKUP_DIR: optional(z.string()),
  /**
   * Which proxies' X-Forwarded-For entries to believe: a hop count, or addresses and CIDR ranges ("loopback",
   * "10.0.0.0/8"); unset trusts none, so the client address is the connection's (docs/decisions/0011).
   */
  TRUSTED_PROXIES: optional(z.string()),
});

const toolSchema = z.object({
  PORT: positiveInt(3000),
  WEB_CONCURRENCY: optional(wholeNumber()),
  CI: optional(z.string()),
  /** The vitest run uses this PostgreSQL server instead of the embedded one (CI's PostgreSQL 15 pass). */
  TEST_DATABASE_URL: optional(url("TEST_DATABASE_URL must be a postgresql:// URL of a server (any database on it)")),
  /** Makes tests that need system PostgreSQL binaries (pg_dump) fail instead of skipping where they are missing. */
  REQUIRE_SYSTEM_POSTGRES: flag,
  E2E_PORT: positiveInt(3100),
  E2E_DATABASE_URL: optional(url("E2E_DATABASE_URL must be a postgresql:// connection string")),
  E2E_NEXTAUTH_SECRET: withDefault(z.string(), "e2e-secret-e2e-secret-e2e-secret-e2e"),
  CHROMIUM_PATH: optional(z.string()),
  PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: optional(z.string()),
  BENCH_DURATION: positiveInt(15),
  BENCH_MULTIPLE: positiveInt(10),
  BENCH_FAST_UNSAFE: flag,
  BENCH_SKIP_LIGHTHOUSE: flag,
  BENCH_SKIP_10X: flag,
  BENCH_CPU_PROFILE: optional(z.string()),
  /**
   * shared_buffers of the embedded PostgreSQL in MB; default a quarter of the host's (or container's) memory within
   * 128 MB-4 GB (lib/db/shared-buffers.ts). A DATABASE_URL server is configured by its own operator.
   */
  EMBEDDED_PG_SHARED_BUFFERS_MB: optional(wholeNumber()),
});

export type Env = z.infer<typeof appSchema>;
export type ToolEnv = z.infer<typeof toolSchema>;

type Source = Record<string, string | undefined>;

function problems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
}

/** What a production server cannot start without; checked once at boot (a build or a script need neither). */
function productionProblems(env: Env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const out: string[] = [];
  if (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32) {
    out.push("- NEXTAUTH_SECRET: set NEXTAUTH_SECRET to a random string of at least 32 characters (for example: openssl rand -base64 32)");
  }
  if (!env.NEXTAUTH_URL) out.push("- NEXTAUTH_URL: set NEXTAUTH_URL to the public URL of the app, e.g. https://scout.example.org");
  if (!env.DATABASE_URL) out.push("- DATABASE_URL: set DATABASE_URL to the PostgreSQL database of the app");
  return out;
}

/**
 * The whole check a server runs once at boot: every variable's format, and what production requires. The message
 * is a sentence per missing or wrong variable.
 */
export function checkEnvAtBoot(source: Source = readRaw()): { ok: true; env: Env } | { ok: false; message: string } {
  const result = appSchema.safeParse(source);
  const lines = result.success ? productionProblems(result.data) : problems(result.error);
  if (result.success && lines.length === 0) return { ok: true, env: result.data };
  return { ok: false, message: `Prelim Scout cannot start. Fix these environment variables:\n${lines.join("\n")}` };
}

function readRaw(): Source {
  return process.env;
}

function cachedParser<T>(schema: z.ZodType<T>, what: string): () => T {
  const keys = Object.keys((schema as unknown as z.ZodObject).shape);
  let cache: { key: string; value: T } | undefined;
  return () => {
    const raw = readRaw();
    const key = keys.map((k) => raw[k] ?? "\u0000").join("\u0001");
    if (cache?.key !== key) {
      const result = schema.safeParse(raw);
      if (!result.success) throw new Error(`Fix these ${what} environment variables:\n${problems(result.error).join("\n")}`);
      cache = { key, value: result.data };
    }
    return cache.value;
  };
}

/** The app's configuration, typed and validated (format only: what production requires is checked at boot). */
export const env = cachedParser(appSchema, "Prelim Scout");

/** Settings of the scripts and test tooling (ports, CI, the benchmark). */
export const toolEnv = cachedParser(toolSchema, "script");

/** The database the app talks to; a sentence instead of a pg error when it is missing. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database of the app.");
  return url;
}

export function isProduction(): boolean {
  return env().NODE_ENV === "production";
}

/** HSTS only makes sense where the public URL is https, and is decided per request from the running config. */
export function servesHttps(): boolean {
  return isProduction() && (env().NEXTAUTH_URL?.startsWith("https://") ?? false);
}

/**
 * The environment for a child process (next start, the benchmark's servers): this process's own, with the given
 * variables set, and those given as undefined removed.
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out = { ...readRaw() } as NodeJS.ProcessEnv;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** Points this process (and the children it starts) at another database: the test harness and the e2e launcher. */
export function setDatabaseUrl(url: string | undefined): void {
  const raw = readRaw();
  if (url === undefined) delete raw.DATABASE_URL;
  else raw.DATABASE_URL = url;
}
