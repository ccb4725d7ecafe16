import "server-only";
import { getPool } from "@/lib/db/pool";

/** One round trip to PostgreSQL on the shared pool: what the health check reports. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await getPool().query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
