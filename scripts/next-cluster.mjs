// `next start` in one worker process per core, all sharing one port through node:cluster. A Next.js server renders
// on one thread, so a single process leaves the other cores idle (docs/decisions/0005-one-server-process-per-core.md).
//
//   node scripts/next-cluster.mjs [next start arguments...]     e.g. -p 3000 -H 127.0.0.1
//
// WEB_CONCURRENCY sets the number of workers (default: the cores available, at most 8). Workers are stateless: sessions
// are cookies, rate limits live in PostgreSQL, live board updates fan out through LISTEN/NOTIFY, and the migration
// and digest runs take advisory locks.
import cluster from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";

const requested = Number(process.env.WEB_CONCURRENCY);
const workers = Number.isInteger(requested) && requested > 0 ? requested : Math.max(1, Math.min(os.availableParallelism(), 8));
/** A worker that dies this soon after starting has a problem a restart will not fix (bad configuration, no build). */
const EARLY_EXIT_MS = 15_000;

if (cluster.isPrimary) {
  // A larger young generation: rendering a page allocates many short-lived objects, and with V8's default 16 MB
  // semi-space the scavenger ran often enough to cost 10-20% of the server's CPU in the benchmark.
  const semiSpace = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((arg) => arg.startsWith("--max-semi-space-size"));
  cluster.setupPrimary({ execArgv: semiSpace ? process.execArgv : [...process.execArgv, "--max-semi-space-size=64"] });
  const startedAt = new Map();
  let stopping = false;
  const alive = () => Object.values(cluster.workers ?? {}).filter(Boolean).length;
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    if (!alive()) process.exit(code);
    setTimeout(() => process.exit(code), 10_000).unref();
  };

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (!alive()) process.exit(process.exitCode ?? 0);
      return;
    }
    if (lived < EARLY_EXIT_MS) {
      console.error(`A server process exited ${lived < 1000 ? "at once" : `after ${Math.round(lived / 1000)} s`} (${code ?? signal}); stopping.`);
      stop(typeof code === "number" && code !== 0 ? code : 1);
      return;
    }
    console.error(`A server process stopped unexpectedly (${code ?? signal}); starting a new one.`);
    fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
  for (let i = 0; i < workers; i++) fork();
} else {
  // The worker is `next start` itself; node:cluster makes its listen() share the primary's port.
  process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
  createRequire(import.meta.url)("next/dist/bin/next");
}
