// The floor for one page: a bare node:http server that, per request, runs the exact statements (text + values) the
// app ran for one request of that page, one after another with plain pg (a Pool of 10), and answers with their
// rows as JSON. Statements are named as the app names them (lib/db/client.ts), so both reuse prepared statements.
// What the app costs on top of this is rendering, framework and driver overhead. Like the app, it runs
// WEB_CONCURRENCY processes sharing the port (node:cluster), so the two are compared on equal terms.
// Usage: tsx scripts/bench/floor-server.ts <statements.json> <port>   (DATABASE_URL in the environment)
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import http from "node:http";
import pg from "pg";
import { statementName } from "../../lib/db/statement-name";
import { env, toolEnv } from "../../lib/env";

type Statement = { text: string; values: unknown[] };

function revive(value: unknown): unknown {
  if (value && typeof value === "object" && (value as { type?: unknown }).type === "Buffer" && Array.isArray((value as { data?: unknown }).data)) {
    return Buffer.from((value as { data: number[] }).data);
  }
  return value;
}

const [file, portArg] = process.argv.slice(2);
const databaseUrl = env().DATABASE_URL;
if (!file || !portArg || !databaseUrl) {
  console.error("usage: DATABASE_URL=... tsx scripts/bench/floor-server.ts <statements.json> <port>");
  process.exit(2);
}
const workers = Math.max(1, toolEnv().WEB_CONCURRENCY || 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  const stopAll = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  cluster.on("exit", () => {
    if (!Object.values(cluster.workers ?? {}).some(Boolean)) process.exit(0);
  });
  process.on("SIGTERM", stopAll);
  process.on("SIGINT", stopAll);
} else {
  serve(file, portArg);
}

function serve(file: string, portArg: string): void {
  const statements = (JSON.parse(readFileSync(file, "utf8")) as Statement[]).map((s) => ({
    name: statementName({ sql: s.text }),
    text: s.text,
    values: s.values.map(revive),
  }));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on("error", () => {});

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const results: unknown[][] = [];
        for (const s of statements) {
          const r = await pool.query({ name: s.name, text: s.text, values: s.values, rowMode: "array" });
          results.push(r.rows);
        }
        const body = JSON.stringify({ results });
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(error instanceof Error ? error.message : String(error));
      }
    })();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(portArg), "127.0.0.1", () => {
    if (!cluster.isWorker || cluster.worker?.id === 1)
      console.log(`floor server on 127.0.0.1:${portArg} with ${statements.length} statements (${workers} processes)`);
  });
  const stop = () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
