import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

export type Membership = { cohortId: string; userId: string; role: "MEMBER" | "MODERATOR" };

/**
 * The one definition of cohort membership, for every page, API route, action and the board event stream: the
 * viewer's membership row (of one cohort, or of any). Someone who left has no row; someone removed is banned, and
 * the database deletes their row and refuses a new one while the ban lasts (migration 20261127120000_cohort_bans),
 * so a banned person is a non-member here without a second condition.
 */
export function membershipWhere(viewer: Pick<Viewer, "userId">, cohortId?: string) {
  return { userId: viewer.userId, ...(cohortId ? { cohortId } : {}) } satisfies Prisma.CohortMembershipWhereInput;
}

/** The same predicate seen from a cohort: the cohorts the viewer belongs to. */
export function viewerCohortsWhere(viewer: Pick<Viewer, "userId">) {
  return { memberships: { some: membershipWhere(viewer) } } satisfies Prisma.CohortWhereInput;
}

function readMembership(client: Tx | ReturnType<typeof db>, userId: string, cohortId: string): Promise<Membership | null> {
  return client.cohortMembership.findFirst({ where: membershipWhere({ userId }, cohortId), select: { cohortId: true, userId: true, role: true } });
}

/**
 * Once per server render (React's request-scoped cache): the board page asks for the cohort and for its posts in
 * parallel, and both check membership. Outside a render (actions, route handlers, tests) every call reads.
 */
const readMembershipOncePerRender = cache((userId: string, cohortId: string) => readMembership(db(), userId, cohortId));

/** The viewer's membership of a cohort, read from the database on every request (in a transaction: every call), or null. */
export async function findMembership(viewer: Pick<Viewer, "userId">, cohortId: string, tx?: Tx): Promise<Membership | null> {
  return tx ? readMembership(tx, viewer.userId, cohortId) : readMembershipOncePerRender(viewer.userId, cohortId);
}

/**
 * As findMembership, through a session that has not ended: the board's event stream asks before each event, so a
 * browser that signed out (or whose sessions a password reset ended) stops hearing the board at once.
 */
export async function findMembershipThroughSession(
  viewer: Pick<Viewer, "userId">,
  cohortId: string,
  sessionId: string,
  now = new Date(),
): Promise<Membership | null> {
  return db().cohortMembership.findFirst({
    where: { ...membershipWhere(viewer, cohortId), user: { sessions: { some: { id: sessionId, expiresAt: { gt: now } } } } },
    select: { cohortId: true, userId: true, role: true },
  });
}

/** As findMembership, for callers that stop at "not found": whoever left, was removed or never belonged. */
export async function requireMembership(viewer: Viewer, cohortId: string, tx?: Tx): Promise<Membership> {
  const membership = await findMembership(viewer, cohortId, tx);
  if (!membership) throw new AppError("NOT_FOUND", "That cohort was not found.");
  return membership;
}

export async function requireModerator(viewer: Viewer, cohortId: string, tx?: Tx): Promise<Membership> {
  const membership = await requireMembership(viewer, cohortId, tx);
  if (membership.role !== "MODERATOR") throw new AppError("FORBIDDEN", "Only the cohort's moderators can do that.");
  return membership;
}

/** Takes the lock that joining and banning the same person in the same cohort share (see the migration). */
export async function lockMembership(tx: Tx, cohortId: string, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT cohort_membership_lock(${cohortId}::uuid, ${userId}::uuid)`;
}

export const BANNED_MESSAGE =
  "A moderator removed you from this cohort, so invitations to it do not work for you. Ask a moderator if you think this is a mistake.";

/** Whether the person is banned from the cohort right now. */
export async function isBanned(tx: Tx, cohortId: string, userId: string): Promise<boolean> {
  return (await tx.cohortBan.count({ where: { cohortId, userId, liftedAt: null } })) > 0;
}
