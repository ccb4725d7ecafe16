import { getResidentViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { csvDownload } from "@/lib/server/csv/write-csv";
import { exportPeopleCsv } from "@/lib/server/people/people-csv";

/** The resident's networking map as CSV (the documented import columns, plus the id that makes re-importing an update). */
export async function GET() {
  const viewer = await getResidentViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  return csvDownload("people", await exportPeopleCsv(viewer), toDateOnly(new Date()));
}
