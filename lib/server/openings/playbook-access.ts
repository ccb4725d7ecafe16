import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PlaybookState } from "@/lib/rules/opening-playbook";

/**
 * The viewer's own playbook, inside a write: another resident's playbook, or one on a post the viewer can no
 * longer see because they left the cohort, is "not found".
 */
export async function requireOwnPlaybook(tx: Tx, viewer: ResidentViewer, playbookId: string) {
  const playbook = await tx.openingPlaybook.findFirst({
    where: { id: playbookId, residentId: viewer.residentId, post: { cohort: { memberships: { some: { userId: viewer.userId } } } } },
    select: {
      id: true,
      startedAt: true,
      pdAskId: true,
      writerAskId: true,
      programId: true,
      post: { select: { id: true, cohortId: true, title: true, programName: true, institution: true, specialty: true, openingLevel: true } },
    },
  });
  if (!playbook) throw new AppError("NOT_FOUND", "That playbook was not found.");
  return playbook;
}

/** Whether a member with this role may see a post in this state (the same rule as the post page). */
export function postVisibleTo(post: { status: string; authorId: string | null }, viewerId: string, role: "MEMBER" | "MODERATOR"): boolean {
  if (post.status === "VISIBLE") return true;
  if (role === "MODERATOR") return true;
  return post.status === "HIDDEN" && post.authorId === viewerId;
}

/** How many current members of the post's cohort are acting on it: a count, never who. */
export async function countActing(postId: string, cohortId: string): Promise<number> {
  // Someone who left the cohort is no longer acting on its posts.
  return db().openingPlaybook.count({ where: { postId, post: { cohortId }, resident: { user: { memberships: { some: { cohortId } } } } } });
}

type AskRow = { status: "PLANNED" | "ASKED" | "AGREED" | "DECLINED" | "DONE"; person: { name: string } } | null;

/** A playbook row as the pure step rules see it; the one targeted message is the first sent since it started. */
export function playbookState(
  p: {
    startedAt: Date;
    eligibilityCheckedOn: Date | null;
    pdAsk: AskRow;
    writerAsk: AskRow;
    program: { name: string; messages: { sentAt: Date }[] } | null;
  } | null,
): PlaybookState {
  const ask = (a: AskRow) => (a ? { status: a.status, personName: a.person.name } : null);
  return {
    eligibilityCheckedOn: p?.eligibilityCheckedOn ?? null,
    pdAsk: ask(p?.pdAsk ?? null),
    writerAsk: ask(p?.writerAsk ?? null),
    program: p?.program ? { name: p.program.name } : null,
    messageSentAt: p?.program?.messages.find((m) => m.sentAt >= p.startedAt)?.sentAt ?? null,
  };
}
