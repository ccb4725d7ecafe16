import { databaseIsUp } from "@/lib/server/health/database-is-up";

/** Liveness plus a database round trip, for load balancers and the compose healthcheck. */
export async function GET() {
  if (await databaseIsUp()) return Response.json({ ok: true, database: "up" });
  return Response.json({ ok: false, database: "down" }, { status: 503 });
}
