// Benchmark instrumentation (npm run bench): query count and the last statements. Not found unless the server was
// started with BENCH_COUNT_QUERIES=1, which only scripts/bench.ts does.
import { NextResponse, type NextRequest } from "next/server";
import { benchCounters } from "@/lib/db/pool";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const counters = env().BENCH_COUNT_QUERIES === "1" ? benchCounters() : null;
  if (!counters) return new NextResponse("Not found", { status: 404 });
  const limit = Math.max(0, Math.min(500, Number(request.nextUrl.searchParams.get("limit") ?? 100) || 0));
  // Each server process counts its own queries; the pid tells the benchmark which process answered.
  const body = { pid: process.pid, count: counters.count, statements: limit ? counters.statements.slice(-limit) : [] };
  if (request.nextUrl.searchParams.get("reset") === "1") {
    counters.count = 0;
    counters.statements = [];
  }
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
}
