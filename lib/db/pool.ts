import pg from "pg";
import { databaseUrl, env } from "@/lib/env";
import { logger } from "@/lib/log";

let pool: pg.Pool | undefined;

/** What `npm run bench` reads through /api/internal/bench: a query count and the last statements, with values. */
export type BenchStatement = { text: string; values: unknown[] };
export type BenchCounters = { count: number; statements: BenchStatement[] };

const BENCH_KEEP = 500;
const benchHolder = globalThis as unknown as { prelimScoutBench?: BenchCounters };

/**
 * Only when BENCH_COUNT_QUERIES=1 (the benchmark's server): wraps pg.Client.prototype.query once, per process, to
 * count every statement and keep the last ones. Off by default, and then nothing is wrapped at all.
 */
function instrumentForBench(): void {
  if (env().BENCH_COUNT_QUERIES !== "1" || benchHolder.prelimScoutBench) return;
  const counters: BenchCounters = { count: 0, statements: [] };
  benchHolder.prelimScoutBench = counters;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function benchQuery(this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    let text: string | undefined;
    let values: unknown[] = [];
    if (typeof first === "string") {
      text = first;
      if (Array.isArray(second)) values = second;
    } else if (first && typeof first === "object" && typeof (first as { text?: unknown }).text === "string") {
      text = (first as { text: string }).text;
      const own = (first as { values?: unknown }).values;
      if (Array.isArray(own)) values = own;
      else if (Array.isArray(second)) values = second;
    }
    if (text !== undefined) {
      counters.count += 1;
      counters.statements.push({ text, values });
      // Trimmed in batches: trimming to BENCH_KEEP on every statement moved 500 entries per query (4 µs each), a
      // cost the benchmark then measured as the app's.
      if (counters.statements.length >= 2 * BENCH_KEEP) counters.statements.splice(0, counters.statements.length - BENCH_KEEP);
    }
    return original.apply(this, args);
  };
}

/** The benchmark's counters, or null when BENCH_COUNT_QUERIES is not "1". */
export function benchCounters(): BenchCounters | null {
  if (env().BENCH_COUNT_QUERIES !== "1") return null;
  instrumentForBench();
  return benchHolder.prelimScoutBench ?? null;
}

/**
 * The main connection pool of this process, shared by Prisma (through its driver adapter) and LISTEN/NOTIFY; the
 * rate limiter has its own (getRateLimitPool). Created lazily: importing it must not need DATABASE_URL (builds, tools).
 */
export function getPool(): pg.Pool {
  if (!pool) {
    const connectionString = databaseUrl();
    instrumentForBench();
    pool = new pg.Pool({
      connectionString,
      max: env().DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server (PostgreSQL restarted) must not crash the process.
    pool.on("error", (error) => logger.warn({ err: error.message }, "idle database connection lost"));
  }
  return pool;
}

let rateLimitPool: pg.Pool | undefined;

/**
 * The rate limiter's own small pool. An action that takes its limit inside its transaction (confirm a post counts only
 * posts the viewer may see) holds one connection for the transaction and needs a second for the limiter. On the shared
 * pool, ten such actions in flight in one process could hold all ten connections, each waiting for an eleventh until
 * its transaction timed out (seen under 20 connections: "expired transaction", one run's p95 at 2 s).
 */
export function getRateLimitPool(): pg.Pool {
  if (!rateLimitPool) {
    instrumentForBench();
    rateLimitPool = new pg.Pool({ connectionString: databaseUrl(), max: 4, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    rateLimitPool.on("error", (error) => logger.warn({ err: error.message }, "idle rate-limit connection lost"));
  }
  return rateLimitPool;
}

export async function closePool(): Promise<void> {
  const current = pool;
  const limits = rateLimitPool;
  pool = undefined;
  rateLimitPool = undefined;
  await Promise.all([current?.end(), limits?.end()]);
}
