import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireMembership } from "@/lib/server/cohorts/membership";
import { mineOf, POST_SELECT, toPostDto } from "@/lib/server/board/post-dto";

/**
 * A post with its comments and edit history. Non-members get "not found"; a hidden post is visible only to its
 * author and the moderators, a removed one only to moderators.
 */
export async function getPost(viewer: Viewer, cohortId: string, postId: string, now: Date) {
  const membership = await requireMembership(viewer, cohortId);
  const row = await db().boardPost.findFirst({ where: { id: postId, cohortId }, select: { ...POST_SELECT, flagCount: true } });
  if (!row) throw new AppError("NOT_FOUND", "That post was not found.");
  const moderator = membership.role === "MODERATOR";
  if (row.status === "REMOVED" && !moderator) throw new AppError("NOT_FOUND", "That post was not found.");
  if (row.status === "HIDDEN" && !moderator && row.authorId !== viewer.userId) throw new AppError("NOT_FOUND", "That post was not found.");
  const [reactions, comments, revisions, myFlag] = await Promise.all([
    db().postReaction.findMany({
      where: { postId },
      orderBy: { createdAt: "asc" },
      select: { userId: true, kind: true, reason: true, sourceType: true, createdAt: true },
    }),
    db().postComment.findMany({
      where: { postId },
      orderBy: { createdAt: "asc" },
      select: { id: true, parentId: true, body: true, createdAt: true, authorId: true },
    }),
    db().postRevision.findMany({ where: { postId }, orderBy: { editedAt: "desc" }, select: { id: true, editedAt: true, previous: true } }),
    db().postFlag.findUnique({ where: { postId_userId: { postId, userId: viewer.userId } }, select: { reason: true } }),
  ]);
  const userIds = [...new Set([...reactions.map((r) => r.userId), ...comments.flatMap((c) => (c.authorId ? [c.authorId] : []))])];
  const names = new Map((await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const mine = mineOf(reactions.filter((r) => r.userId === viewer.userId));
  const interestedIds = reactions.filter((r) => r.kind === "INTEREST").map((r) => r.userId);
  const mayKnow = row.authorId === viewer.userId || mine.interested;
  const post = toPostDto(row, viewer.userId, now, mine, mayKnow ? interestedIds.map((id) => names.get(id) ?? "Former member") : null);
  const top = comments.filter((c) => !c.parentId);
  return {
    post,
    viewerRole: membership.role,
    flagged: Boolean(myFlag),
    flagCount: moderator ? row.flagCount : null,
    confirmations: reactions
      .filter((r) => r.kind === "CONFIRM" && r.sourceType)
      .map((r) => ({ name: names.get(r.userId) ?? "Former member", sourceType: r.sourceType, at: r.createdAt.toISOString() })),
    corroborations: reactions
      .filter((r) => r.kind === "CONFIRM" && !r.sourceType)
      .map((r) => ({ name: names.get(r.userId) ?? "Former member", at: r.createdAt.toISOString() })),
    disputes: reactions
      .filter((r) => r.kind === "DISPUTE")
      .map((r) => ({ name: names.get(r.userId) ?? "Former member", reason: r.reason ?? "", at: r.createdAt.toISOString() })),
    comments: top.map((c) => ({
      id: c.id,
      body: c.body,
      author: c.authorId ? (names.get(c.authorId) ?? "Former member") : "Former member",
      at: c.createdAt.toISOString(),
      replies: comments
        .filter((r) => r.parentId === c.id)
        .map((r) => ({
          id: r.id,
          body: r.body,
          author: r.authorId ? (names.get(r.authorId) ?? "Former member") : "Former member",
          at: r.createdAt.toISOString(),
        })),
    })),
    revisions: revisions.map((r) => {
      const prev = r.previous as { title?: string; body?: string };
      return { id: r.id, editedAt: r.editedAt.toISOString(), title: prev.title ?? "", body: prev.body ?? "" };
    }),
  };
}
export type PostDetail = Awaited<ReturnType<typeof getPost>>;
