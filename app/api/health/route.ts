import { getPool } from "@/lib/db/pool";

/** Liveness plus a database round trip, for load balancers and the compose healthcheck. */
export async function GET() {
  try {
    await getPool().query("SELECT 1");
    return Response.json({ ok: true, database: "up" });
  } catch {
    return Response.json({ ok: false, database: "down" }, { status: 503 });
  }
}
