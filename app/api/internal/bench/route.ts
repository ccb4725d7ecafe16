// Benchmark instrumentation (npm run bench): query count and the last statements. Not found unless the server was
// started with BENCH_COUNT_QUERIES=1, which only scripts/bench.ts does.
import { NextResponse, type NextRequest } from "next/server";
import { readQueryCounters } from "@/lib/server/bench/read-query-counters";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const limit = Math.max(0, Math.min(500, Number(request.nextUrl.searchParams.get("limit") ?? 100) || 0));
  const counters = readQueryCounters({ limit, reset: request.nextUrl.searchParams.get("reset") === "1" });
  if (!counters) return new NextResponse("Not found", { status: 404 });
  return NextResponse.json(counters, { headers: { "Cache-Control": "no-store" } });
}
