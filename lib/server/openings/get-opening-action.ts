import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { countActing } from "@/lib/server/openings/playbook-access";

/**
 * For a post page the viewer may already see (the page checked membership): how many members are acting on the
 * opening, as a number only, and whether the viewer is one of them.
 */
export async function getOpeningAction(viewer: ResidentViewer, cohortId: string, postId: string): Promise<{ actingCount: number; mine: boolean }> {
  const [actingCount, mine] = await Promise.all([
    countActing(postId, cohortId),
    db().openingPlaybook.findUnique({ where: { residentId_postId: { residentId: viewer.residentId, postId } }, select: { id: true } }),
  ]);
  return { actingCount, mine: mine !== null };
}
