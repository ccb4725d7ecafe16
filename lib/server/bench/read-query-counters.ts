import "server-only";
import { benchCounters, type BenchStatement } from "@/lib/db/pool";

export type QueryCounters = { pid: number; count: number; statements: BenchStatement[] };

/**
 * The queries this server process has made and its last `limit` statements, optionally starting the count again.
 * Null unless the server was started with BENCH_COUNT_QUERIES=1, which only scripts/bench.ts does. Each server
 * process counts its own queries; the pid tells the benchmark which process answered.
 */
export function readQueryCounters({ limit, reset }: { limit: number; reset: boolean }): QueryCounters | null {
  const counters = benchCounters();
  if (!counters) return null;
  const result = { pid: process.pid, count: counters.count, statements: limit ? counters.statements.slice(-limit) : [] };
  if (reset) {
    counters.count = 0;
    counters.statements = [];
  }
  return result;
}
