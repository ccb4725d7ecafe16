import "server-only";
import { instantSchema } from "@/lib/validation/dates";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addDaysUtc, startOfDayUtc } from "@/lib/dates";
import { STALE_AFTER_DAYS } from "@/lib/rules/board-rules";
import { requireMembership } from "@/lib/server/cohorts/membership";
import { mineOf, POST_SELECT, toPostCardDto, type PostCardDto } from "@/lib/server/board/post-dto";
import type { BoardFilter } from "@/lib/validation/board";

export const PAGE_SIZE = 20;

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const parsed = instantSchema.safeParse(iso);
  const createdAt = parsed.success ? parsed.data : null;
  // A cursor is ours only if it holds a real id and a plausible time; anything else starts from the first page.
  if (!id || !createdAt || createdAt.getUTCFullYear() < 2000 || createdAt.getUTCFullYear() > 2200) return null;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  return { createdAt, id };
}

/** The SQL form of lib/rules/board-rules.ts evidenceState, so filtering and pagination happen in the database. */
function evidenceCondition(evidence: BoardFilter["evidence"], today: Date): Prisma.Sql {
  const staleBefore = addDaysUtc(today, -STALE_AFTER_DAYS);
  const disputed = Prisma.sql`(dispute_count > 0 AND dispute_count > confirm_count + corroboration_count)`;
  // A rumour's age runs from the later of "heard on" and its last corroboration (which stays after a withdrawal).
  const lastHeard = Prisma.sql`GREATEST(heard_on, (last_confirmed_at AT TIME ZONE 'UTC')::date)`;
  switch (evidence) {
    case "disputed":
      return disputed;
    case "confirmed":
      return Prisma.sql`(NOT ${disputed} AND evidence_kind = 'CONFIRMED')`;
    case "stale":
      return Prisma.sql`(NOT ${disputed} AND evidence_kind = 'RUMOUR' AND ${lastHeard} < ${staleBefore}::date)`;
    case "fresh":
      return Prisma.sql`(NOT ${disputed} AND evidence_kind = 'RUMOUR' AND ${lastHeard} >= ${staleBefore}::date)`;
    default:
      return Prisma.sql`TRUE`;
  }
}

/**
 * One page of a cohort's board, newest first, with keyset pagination (created_at, id) so a page costs the same
 * however deep it is. Non-members get "not found". Hidden and removed posts are left out. Each post is its card
 * (PostCardDto): the page and the "older posts" route send only what the card shows.
 */
export async function listPosts(
  viewer: Viewer,
  cohortId: string,
  filter: BoardFilter,
  now: Date,
): Promise<{ posts: PostCardDto[]; nextCursor: string | null }> {
  await requireMembership(viewer, cohortId);
  const today = startOfDayUtc(now);
  const cursor = decodeCursor(filter.cursor);
  const q = filter.q?.trim();
  const ids = await db().$queryRaw<{ id: string; created_at: Date }[]>`
    SELECT id, created_at FROM board_posts
    WHERE cohort_id = ${cohortId}::uuid
      AND status = 'VISIBLE'
      ${filter.kind ? Prisma.sql`AND kind = ${filter.kind}::"PostKind"` : Prisma.empty}
      ${filter.specialty ? Prisma.sql`AND specialty = ${filter.specialty}` : Prisma.empty}
      ${q ? Prisma.sql`AND search @@ websearch_to_tsquery('english', ${q})` : Prisma.empty}
      AND ${evidenceCondition(filter.evidence, today)}
      ${cursor ? Prisma.sql`AND (created_at, id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)` : Prisma.empty}
    ORDER BY created_at DESC, id DESC
    LIMIT ${PAGE_SIZE + 1}`;
  const pageIds = ids.slice(0, PAGE_SIZE).map((r) => r.id);
  if (!pageIds.length) return { posts: [], nextCursor: null };

  const [rows, reactions] = await Promise.all([
    db().boardPost.findMany({ where: { id: { in: pageIds }, cohortId }, select: POST_SELECT }),
    db().postReaction.findMany({
      where: { postId: { in: pageIds }, OR: [{ userId: viewer.userId }, { kind: "INTEREST" }] },
      select: { postId: true, userId: true, kind: true, sourceType: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const interestedUserIds = [...new Set(reactions.filter((r) => r.kind === "INTEREST").map((r) => r.userId))];
  const names = interestedUserIds.length
    ? new Map((await db().user.findMany({ where: { id: { in: interestedUserIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
    : new Map<string, string>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const posts = pageIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const mine = mineOf(reactions.filter((r) => r.postId === id && r.userId === viewer.userId));
    const interestedIds = reactions.filter((r) => r.postId === id && r.kind === "INTEREST").map((r) => r.userId);
    const mayKnow = row.authorId === viewer.userId || mine.interested;
    return [toPostCardDto(row, viewer.userId, now, mine, mayKnow ? interestedIds.map((uid) => names.get(uid) ?? "Former member") : null)];
  });
  const last = ids[PAGE_SIZE - 1];
  return { posts, nextCursor: ids.length > PAGE_SIZE && last ? encodeCursor(last.created_at, last.id) : null };
}
