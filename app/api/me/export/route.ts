import { getViewer } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { exportAccount } from "@/lib/server/account/export-account";

/** One download with everything the signed-in user owns. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to continue.", { status: 401 });
  const zip = await exportAccount(viewer);
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="prelim-scout-export-${toDateOnly(new Date())}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
