import type { NextRequest } from "next/server";
import { getResidentViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { csvDownload } from "@/lib/server/csv/write-csv";
import { getRunningLog, runningLogCsv } from "@/lib/server/plan/running-log";

export async function GET(request: NextRequest) {
  const viewer = await getResidentViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  const raw = request.nextUrl.searchParams.get("month");
  const month = raw && /^\d{4}-\d{2}$/.test(raw) ? raw : null;
  const { rows } = await getRunningLog(viewer, month);
  return csvDownload("running-log", runningLogCsv(rows), month ?? toDateOnly(new Date()));
}
