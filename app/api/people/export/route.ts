import { getViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { exportPeopleCsv } from "@/lib/server/people/people-csv";

/** The resident's networking map as CSV (the documented import columns). */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer?.residentId || viewer.role !== "RESIDENT") return new Response("Not found", { status: 404 });
  const csv = await exportPeopleCsv({ ...viewer, role: "RESIDENT", residentId: viewer.residentId });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="prelim-scout-people-${toDateOnly(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
