// One page (or the board's confirm-a-post action) under load, for before/after comparisons: the 1x benchmark data in a
// builds served side by side (`next start` as `npm start` runs it), and the page requested N times per run with the
// runs alternating between the builds, so old and new are measured in the same minutes. Prints Next.js CPU
// milliseconds per request from /proc (the benchmark's accounting), latencies, the page's sizes (HTML, gzip, the RSC
// payload inside the HTML, an RSC request) and statements per request.
//
//   npx tsx scripts/bench/page.ts [--page people,board,dashboard,programs] [--action confirm] [--requests 1500] [--runs 3]
//                                 [--app <dir holding .next>]... [--workers 2] [--profile <dir>] [--port 3171]
//                                 [--dump <dir>]
//
// Each --app is a directory with a .next build in it (copy one aside before rebuilding: `cp -a .next /tmp/old/`);
// without --app the work tree's build is served. --profile runs Next.js under the V8 CPU profiler and writes a
// .cpuprofile per process into <dir>/<app index> when the servers stop (the profiler slows them: timings of such a
// run are for finding hot spots only). --dump writes each page's HTML and RSC payload (one resident's) into <dir>. Never use the ports of the full benchmark (3300, 3301) at the same time.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { ensureDatabase, startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { childEnv } from "../../lib/env";
import { NEXT_CLUSTER, ROOT, waitForHealth } from "../lib/launch";
import { postmasterPid } from "./cpu";
import { runLoad, type LoadOptions, type LoadRequest, type LoadResult } from "./load";
import { academicYearStart, currentCycleName, seedResidents } from "./seed";
import { PAGES, actionRequests, confirmCycle, mintSessions, pageHeaders, snapshotBuild, spread, type ActionRequests, type PageTarget } from "./targets";

const { values } = parseArgs({
  options: {
    page: { type: "string" },
    action: { type: "string" },
    requests: { type: "string", default: "1500" },
    runs: { type: "string", default: "3" },
    app: { type: "string", multiple: true },
    workers: { type: "string", default: "2" },
    profile: { type: "string" },
    port: { type: "string", default: "3171" },
    connections: { type: "string", default: "20" },
    dump: { type: "string" },
  },
});
const REQUESTS = Number(values.requests);
const RUNS = Number(values.runs);
const WORKERS = Number(values.workers);
const CONNECTIONS = Number(values.connections);
const FIRST_PORT = Number(values.port);
const RESIDENTS = 2_000;
const SAMPLE = 200;
const appSources = values.app?.length ? values.app.map((a) => path.resolve(a)) : [ROOT];
const actions = values.action ? values.action.split(",") : [];
if (actions.some((a) => a !== "confirm")) throw new Error("--action: confirm (the board's confirm a post)");
const pages: PageTarget[] = (values.page ? values.page.split(",") : []).map((section) => {
  const page = PAGES.find((p) => p.section === section);
  if (!page) throw new Error(`--page ${section}: one of ${PAGES.map((p) => p.section).join(", ")}`);
  return page;
});

const started = Date.now();
const log = (line: string) => console.log(`[page ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const cleanups: (() => Promise<void> | void)[] = [];
async function cleanup() {
  for (const run of cleanups.reverse()) await Promise.resolve(run()).catch(() => {});
  cleanups.length = 0;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill("SIGTERM");
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

type App = { label: string; base: string; agent: http.Agent; pid: number; actions: ActionRequests };

function send(app: App, req: LoadRequest): Promise<{ status: number; raw: Buffer; body: string; location: string | null }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${app.base}${req.path}`, { method: req.method ?? "GET", headers: req.headers, agent: app.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw).toString("utf8") : raw.toString("utf8");
        resolve({ status: res.statusCode ?? 0, raw, body, location: (res.headers.location as string | undefined) ?? null });
      });
    });
    request.on("error", reject);
    request.end(req.body);
  });
}

const get = (app: App, urlPath: string, headers: Record<string, string>) => send(app, { path: urlPath, headers });

/** Sizes of one resident's page: the HTML as sent and unzipped, the RSC payload the HTML carries, an RSC request. */
async function sizes(app: App, page: PageTarget, r: Parameters<PageTarget["path"]>[0]) {
  const html = await get(app, page.path(r, 0), pageHeaders(r));
  if (html.status !== 200 || !html.body.includes(page.expect)) throw new Error(`${app.label} ${page.name} answered ${html.status} without "${page.expect}"`);
  const flight = [...html.body.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const rscHeaders = { cookie: r.cookie, accept: "*/*", rsc: "1", "accept-encoding": "gzip" };
  let rsc = await get(app, page.path(r, 0), rscHeaders);
  if (rsc.status === 307 && rsc.location) {
    const u = new URL(rsc.location, app.base);
    rsc = await get(app, u.pathname + u.search, rscHeaders);
  }
  if (values.dump) {
    mkdirSync(values.dump, { recursive: true });
    writeFileSync(path.join(values.dump, `${page.section}-${app.base.split(":").pop()}.html`), html.body);
    writeFileSync(path.join(values.dump, `${page.section}-${app.base.split(":").pop()}.rsc`), rsc.body);
  }
  return {
    htmlBytes: Buffer.byteLength(html.body),
    gzipBytes: html.raw.length,
    flightInHtml: flight,
    rscBytes: Buffer.byteLength(rsc.body),
    rscGzip: rsc.raw.length,
  };
}

/** Statements per request over 20 sequential requests on one kept-alive connection (one server process). */
async function statementsPerRequest(app: App, make: (i: number) => LoadRequest) {
  const counters = async (reset: boolean) =>
    JSON.parse((await send(app, { path: `/api/internal/bench?limit=0${reset ? "&reset=1" : ""}`, headers: {} })).body) as { pid: number; count: number };
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await counters(true);
    for (let i = 0; i < 20; i++) {
      const res = await send(app, make(i));
      if (res.status !== 200) throw new Error(`${make(i).path} answered ${res.status} while counting statements`);
    }
    const after = await counters(true);
    if (after.pid === before.pid) return after.count / 20;
  }
  return Number.NaN;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "prelim-page-"));
  chmodSync(tmp, 0o755);
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), log: () => {} });
  cleanups.push(() => embedded.stop());
  await ensureDatabase(embedded.urlFor("postgres"), "prelim_scout_page");
  const databaseUrl = embedded.urlFor("prelim_scout_page");
  await migrate({ databaseUrl, log: () => {} });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  cleanups.push(() => client.end());
  const startDate = academicYearStart(new Date());
  await seedResidents(client, 0, RESIDENTS, { startDate, cycleName: await currentCycleName(client, startDate) });
  // As the benchmark settles after seeding: statistics and the visibility map current, dirty pages written.
  await client.query("VACUUM (ANALYZE)");
  await client.query("CHECKPOINT");
  log(`seeded ${RESIDENTS} residents`);

  const secret = randomBytes(32).toString("base64url");
  const apps: App[] = [];
  for (const [i, source] of appSources.entries()) {
    const appDir = path.join(tmp, `app${i}`);
    const buildId = await snapshotBuild(appDir, log, source);
    const port = FIRST_PORT + i;
    const profileDir = values.profile ? path.resolve(values.profile, String(i)) : null;
    const next = spawn(
      process.execPath,
      [...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), NEXT_CLUSTER, appDir, "-p", String(port), "-H", "127.0.0.1"],
      {
        cwd: appDir,
        stdio: "inherit",
        env: childEnv({
          NODE_ENV: "production",
          DATABASE_URL: databaseUrl,
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
          NEXTAUTH_SECRET: secret,
          BENCH_COUNT_QUERIES: "1",
          LOG_LEVEL: "error",
          ALLOW_TEST_CLOCK: "0",
          WEB_CONCURRENCY: String(WORKERS),
          SMTP_URL: undefined,
          NEXT_TELEMETRY_DISABLED: "1",
        }),
      },
    );
    cleanups.push(() => stop(next));
    const base = `http://127.0.0.1:${port}`;
    if ((await waitForHealth(base, 120_000)) !== true) throw new Error(`${source}: the app did not become healthy`);
    apps.push({
      label: `app${i} (${path.basename(source)}, build ${buildId})`,
      base,
      agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
      pid: next.pid!,
      actions: actionRequests(appDir, base),
    });
    log(`app${i}: ${source}, build ${buildId}, on ${base}${profileDir ? `, profiling into ${profileDir}` : ""}`);
  }
  const prisma = createPrismaClient(databaseUrl);
  cleanups.push(() => prisma.$disconnect());
  const sample = await mintSessions(prisma, spread(RESIDENTS, SAMPLE), secret);
  const pick = (i: number) => sample[((i % SAMPLE) + SAMPLE) % SAMPLE]!;
  const postmaster = postmasterPid(embedded.dataDir);

  type Target = { name: string; before: (app: App) => Promise<string>; cycle: (app: App) => LoadOptions["cycle"]; verify?: (body: string) => boolean };
  const targets: Target[] = pages.map((page) => ({
    name: page.name,
    before: async (app) => {
      const s = await sizes(app, page, pick(0));
      const q = await statementsPerRequest(app, (i) => ({ path: page.path(pick(i * 7), i), headers: pageHeaders(pick(i * 7)) }));
      return `HTML ${(s.htmlBytes / 1000).toFixed(1)} kB (gzip ${(s.gzipBytes / 1000).toFixed(1)} kB), RSC payload in the HTML ${(s.flightInHtml / 1000).toFixed(1)} kB, RSC request ${(s.rscBytes / 1000).toFixed(1)} kB (gzip ${(s.rscGzip / 1000).toFixed(1)} kB); ${q.toFixed(1)} statements/request`;
    },
    cycle: () => {
      let g = 0;
      return [
        () => {
          const i = g++;
          return { path: page.path(pick(i), i), headers: pageHeaders(pick(i)) };
        },
      ];
    },
  }));
  if (actions.includes("confirm")) {
    // As the benchmark's "confirm a post": each connection confirms a post by another member of its cohort, then
    // withdraws the confirmation.
    targets.push({
      name: "POST confirm a post",
      before: async (app) => {
        const { confirmable, confirmRequest } = app.actions;
        const q = await statementsPerRequest(app, (i) => {
          const r = pick(Math.floor(i / 2) * 7 + 1);
          return confirmRequest(r, confirmable(r)[(Math.floor(i / 2) + 50) % confirmable(r).length]!, i % 2 === 0);
        });
        return `${q.toFixed(1)} statements/request`;
      },
      cycle: (app) => confirmCycle(pick, app.actions.confirmable, app.actions.confirmRequest, SAMPLE),
      verify: (body) => body.includes('"ok":true'),
    });
  }

  for (const target of targets) {
    for (const app of apps) log(`${target.name} ${app.label}: ${await target.before(app)}`);
    const results = new Map<App, LoadResult[]>(apps.map((a) => [a, []]));
    const loads = new Map<App, number[]>(apps.map((a) => [a, []]));
    for (let run = 0; run < RUNS + 1; run++) {
      // Run 0 warms every build (JIT, pools) and is not counted.
      for (const app of run % 2 ? [...apps].reverse() : apps) {
        // The action's rate limit (60 reactions in 10 minutes per member) is not what is measured here.
        if (target.verify) await client.query("DELETE FROM rate_limits");
        const result = await runLoad({
          baseUrl: app.base,
          connections: CONNECTIONS,
          durationSeconds: 0,
          amount: REQUESTS,
          cycle: target.cycle(app),
          ...(target.verify ? { verify: target.verify } : {}),
          cpuRoots: { "Next.js": app.pid, PostgreSQL: postmaster },
        });
        const bad = Object.entries(result.statuses).filter(([code]) => code !== "200");
        if (bad.length) throw new Error(`${app.label} answered ${JSON.stringify(result.statuses)}`);
        // A failed body check (an action that answered ok: false) is reported with the run, not hidden.
        if (result.mismatches)
          log(`  ${run === 0 ? "warm-up" : `run ${run}`} ${app.label}: ${result.mismatches} of ${result.requests} responses failed the body check`);
        const load1 = os.loadavg()[0]!;
        if (run === 0) continue;
        results.get(app)!.push(result);
        loads.get(app)!.push(load1);
        log(
          `  run ${run} ${app.label}: Next.js ${result.cpuMsPerRequest["Next.js"]!.toFixed(2)} ms CPU/request, PostgreSQL ${result.cpuMsPerRequest.PostgreSQL!.toFixed(2)}, ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, other processes ${(result.otherCpuShare * 100).toFixed(0)}% of the CPU, load average ${load1.toFixed(2)}`,
        );
      }
    }
    for (const app of RUNS ? apps : []) {
      const rs = results.get(app)!;
      const cpu = rs.map((r) => r.cpuMsPerRequest["Next.js"]!);
      const p95 = rs.map((r) => r.p95);
      console.log(
        `SUMMARY ${target.name} ${app.label}: Next.js CPU ms/request median ${median(cpu).toFixed(2)} (${Math.min(...cpu).toFixed(2)}-${Math.max(...cpu).toFixed(2)}), p95 median ${median(p95).toFixed(0)} ms (${Math.min(...p95).toFixed(0)}-${Math.max(...p95).toFixed(0)}), req/s median ${median(rs.map((r) => r.rps)).toFixed(1)}, other processes ${rs.map((r) => (r.otherCpuShare * 100).toFixed(0)).join("/")}%, load average ${loads
          .get(app)!
          .map((l) => l.toFixed(2))
          .join("/")}`,
      );
    }
  }
}

main()
  .then(async () => {
    await cleanup();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(`[page] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup();
    process.exit(1);
  });
