// Load runs with autocannon: every response time is kept, so p50/p95/p99 are exact (autocannon's own summary has
// no p95), and status codes are counted so a run of redirects or errors cannot pass for a fast page.
import type { EventEmitter } from "node:events";
import os from "node:os";
import autocannon from "autocannon";
import { cpuDelta, cpuSnapshot, machineBusyMs } from "./cpu";

export type LoadRequest = { method?: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type LoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Responses whose body failed `verify` (only counted when verify is given). */
  mismatches: number;
  /** Mean response size in bytes (headers and body as received, compressed when the server compressed). */
  bytesPerResponse: number;
  /** CPU milliseconds per response of each measured process tree (see LoadOptions.cpu). */
  cpuMsPerRequest: Record<string, number>;
  /** Share of the machine's CPU capacity used by processes outside the measured trees (noise), 0..1. */
  otherCpuShare: number;
  /** How many measured runs were made for this result (the benchmark repeats runs disturbed by other processes). */
  attempts?: number;
};

/** Per-connection state shared by the steps of one cycle; autocannon clears it when a connection starts the next cycle. */
export type CycleContext = Record<string, unknown>;

export type LoadOptions = {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  /** Stop after this many requests instead of after durationSeconds (scripts/bench/page.ts). */
  amount?: number;
  /** The requests each connection sends in turn, over and over; each step is called once per request it sends. */
  cycle: ((context: CycleContext) => LoadRequest)[];
  /** Checks each response body (for actions: that the action said ok); failures are counted as mismatches. */
  verify?: (body: string) => boolean;
  /** Root pids of the process trees whose CPU time to account for, by label (read when the run starts). */
  cpuRoots?: Record<string, number | null | undefined>;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const roots = { ...(opts.cpuRoots ?? {}) };
  const cpuBefore = cpuSnapshot(roots);
  const selfBefore = process.cpuUsage();
  const busyBefore = machineBusyMs();
  const started = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.baseUrl,
        connections: opts.connections,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.durationSeconds }),
        pipelining: 1,
        timeout: 30,
        ...(opts.verify ? { verifyBody: (body: unknown) => opts.verify!(String(body)) } : {}),
        requests: opts.cycle.map((step) => ({
          method: "GET" as const,
          path: "/",
          setupRequest: (req: autocannon.Request, context: object) => {
            const next = step(context as CycleContext);
            return { ...req, method: next.method ?? "GET", path: next.path, headers: next.headers, body: next.body };
          },
        })),
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    (instance as unknown as EventEmitter).on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
      times.push(responseTime);
      bytes += resBytes;
      statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1;
    });
  });
  const seconds = (Date.now() - started) / 1000;
  const self = process.cpuUsage(selfBefore);
  const busy = machineBusyMs() - busyBefore;
  const cpuSpent = cpuDelta(cpuBefore, cpuSnapshot(roots));
  const perRequest = (msec: number) => (times.length ? msec / times.length : Number.NaN);
  const cpuMsPerRequest: Record<string, number> = { "load generator": perRequest((self.user + self.system) / 1000) };
  let ours = (self.user + self.system) / 1000;
  for (const [label, spent] of Object.entries(cpuSpent)) {
    cpuMsPerRequest[label] = perRequest(spent);
    ours += spent;
  }
  const otherCpuShare = Math.max(0, (busy - ours) / (seconds * 1000 * os.availableParallelism()));
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    seconds,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? Number.NaN,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    bytesPerResponse: times.length ? bytes / times.length : 0,
    cpuMsPerRequest,
    otherCpuShare,
  };
}

/** A short run to warm the server (JIT, pools, caches), then the measured one. */
export async function warmThenMeasure(opts: LoadOptions, warmupSeconds: number): Promise<LoadResult> {
  await runLoad({ ...opts, durationSeconds: warmupSeconds });
  return runLoad(opts);
}
