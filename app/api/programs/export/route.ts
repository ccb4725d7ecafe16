import { getViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { exportProgramsCsv } from "@/lib/server/programs/programs-csv";

/** The resident's programs as CSV: every column the import reads, plus the id that makes re-importing an update. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer?.residentId || viewer.role !== "RESIDENT") return new Response("Not found", { status: 404 });
  const csv = await exportProgramsCsv({ ...viewer, role: "RESIDENT", residentId: viewer.residentId });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="prelim-scout-programs-${toDateOnly(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
