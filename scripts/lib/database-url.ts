// For maintenance scripts: DATABASE_URL, or the embedded PostgreSQL of `npm start` (which must not be running).
import path from "node:path";
import { ROOT, openDatabase, type Database } from "./launch";

export async function maintenanceDatabase(log: (line: string) => void): Promise<Database> {
  try {
    return await openDatabase({ dataDir: path.join(ROOT, ".data", "pg"), databaseName: "prelim_scout", log });
  } catch (error) {
    throw new Error(
      `Could not open the embedded database (${error instanceof Error ? error.message.split("\n")[0] : String(error)}). ` +
        "Stop `npm start` first, or set DATABASE_URL to the database to use.",
    );
  }
}
