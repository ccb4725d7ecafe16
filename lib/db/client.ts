import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { getPool } from "@/lib/db/pool";
import { statementName } from "@/lib/db/statement-name";

const globalForPrisma = globalThis as unknown as { prelimScoutPrisma?: PrismaClient };

/** The Prisma client of the app, created on first use (an eager client breaks builds where DATABASE_URL is unset). */
export function db(): PrismaClient {
  if (!globalForPrisma.prelimScoutPrisma) {
    globalForPrisma.prelimScoutPrisma = new PrismaClient({ adapter: new PrismaPg(getPool(), { statementNameGenerator: statementName }) });
  }
  return globalForPrisma.prelimScoutPrisma;
}

/** A separate client for scripts (seed, bench, tests) that talk to a database of their choosing. */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
