import { getViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { csvDownload } from "@/lib/server/csv/write-csv";
import { exportProgramsCsv } from "@/lib/server/programs/programs-csv";

/** The resident's programs as CSV: every column the import reads, plus the id that makes re-importing an update. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer?.residentId || viewer.role !== "RESIDENT") return new Response("Not found", { status: 404 });
  return csvDownload("programs", await exportProgramsCsv({ ...viewer, role: "RESIDENT", residentId: viewer.residentId }), toDateOnly(new Date()));
}
