import { getResidentViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { exportPeopleCsv } from "@/lib/server/people/people-csv";

/** The resident's networking map as CSV (the documented import columns). */
export async function GET() {
  const viewer = await getResidentViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  const csv = await exportPeopleCsv(viewer);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="prelim-scout-people-${toDateOnly(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
