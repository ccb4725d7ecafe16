import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { requireModerator } from "@/lib/server/cohorts/membership";

/** Hidden posts waiting for a moderator, with why members flagged them. */
export async function listReviewQueue(viewer: Viewer, cohortId: string) {
  await requireModerator(viewer, cohortId);
  const posts = await db().boardPost.findMany({
    where: { cohortId, status: "HIDDEN" },
    orderBy: { hiddenAt: "asc" },
    select: { id: true, title: true, body: true, hiddenAt: true, author: { select: { name: true } }, flags: { select: { reason: true, note: true } } },
  });
  return posts.map((p) => ({ id: p.id, title: p.title, body: p.body, hiddenAt: p.hiddenAt, authorName: p.author?.name ?? "Former member", flags: p.flags }));
}
