import pg from "pg";
import { logger } from "@/lib/log";

let pool: pg.Pool | undefined;

/**
 * The one connection pool of this process, shared by Prisma (through its driver adapter), the rate limiter and
 * LISTEN/NOTIFY. Created lazily: importing it must not need DATABASE_URL (builds, tools).
 */
export function getPool(): pg.Pool {
  if (!pool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    pool = new pg.Pool({
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server (PostgreSQL restarted) must not crash the process.
    pool.on("error", (error) => logger.warn({ err: error.message }, "idle database connection lost"));
  }
  return pool;
}

export async function closePool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.end();
}
