import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { violatedConstraint } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { ACTIONABLE_POST_KINDS } from "@/lib/rules/opening-playbook";

/**
 * Starts the viewer's playbook for a visible opening in one of their cohorts; starting it again returns the same
 * playbook (one per resident and post, enforced by a unique key). Anything else is "not found". It starts at the
 * request's `now`, the same clock the message that completes it is recorded by.
 */
export async function startPlaybook(viewer: ResidentViewer, postId: string, now: Date): Promise<{ id: string; cohortId: string }> {
  const post = await db().boardPost.findFirst({
    where: { id: postId, status: "VISIBLE", kind: { in: [...ACTIONABLE_POST_KINDS] }, cohort: { memberships: { some: { userId: viewer.userId } } } },
    select: { id: true, cohortId: true },
  });
  if (!post) throw new AppError("NOT_FOUND", "That opening was not found.");
  const key = { residentId_postId: { residentId: viewer.residentId, postId } };
  try {
    const playbook = await db().openingPlaybook.upsert({
      where: key,
      create: { residentId: viewer.residentId, postId, startedAt: now },
      update: {},
      select: { id: true },
    });
    return { id: playbook.id, cohortId: post.cohortId };
  } catch (error) {
    // Two clicks at once: both inserts raced past the upsert's read; the unique key kept one, which both get.
    if (violatedConstraint(error)?.name !== "opening_playbooks_resident_post_key") throw error;
    const playbook = await db().openingPlaybook.findUniqueOrThrow({ where: key, select: { id: true } });
    return { id: playbook.id, cohortId: post.cohortId };
  }
}
