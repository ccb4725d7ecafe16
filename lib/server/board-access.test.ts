// Who may touch a cohort and its board: every action under lib/actions/cohorts and lib/actions/board, called by a
// resident who never belonged, one who left, one who was removed, an advisor, a user without a role, a resident
// who has not finished onboarding, and nobody. A cohort the caller does not belong to is "not found" and nothing in
// it changes; moderator-only actions refuse plain members. Reads: the DAL throws NOT_FOUND for everyone outside the
// cohort, and a hidden post is seen by its author and the moderators only. Behaviour: board.test.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addComment } from "@/lib/actions/board/add-comment";
import { createPost } from "@/lib/actions/board/create-post";
import { flagPost } from "@/lib/actions/board/flag-post";
import { markNotificationsRead } from "@/lib/actions/board/mark-notifications-read";
import { moderatePost } from "@/lib/actions/board/moderate-post";
import { reactToPost } from "@/lib/actions/board/react-to-post";
import { updatePost } from "@/lib/actions/board/update-post";
import { createCohort } from "@/lib/actions/cohorts/create-cohort";
import { createInvite } from "@/lib/actions/cohorts/create-invite";
import { joinCohort } from "@/lib/actions/cohorts/join-cohort";
import { leaveCohort } from "@/lib/actions/cohorts/leave-cohort";
import { liftBan } from "@/lib/actions/cohorts/lift-ban";
import { removeMember } from "@/lib/actions/cohorts/remove-member";
import { revokeInvite } from "@/lib/actions/cohorts/revoke-invite";
import { setMemberRole } from "@/lib/actions/cohorts/set-member-role";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ResidentViewer, Viewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { getPost } from "@/lib/server/board/get-post";
import { listPosts } from "@/lib/server/board/list-posts";
import { listReviewQueue } from "@/lib/server/board/list-review-queue";
import { openingsByMonth } from "@/lib/server/board/openings-by-month";
import { getCohort } from "@/lib/server/cohorts/get-cohort";
import { createInvite as createInviteDal } from "@/lib/server/cohorts/invites";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createCohort as createCohortRow, createResident, createUser } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-11-15T15:00:00Z");

type User = { id: string; email: string; name: string; role?: string | null };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });
const plainViewerOf = (u: User): Viewer => ({ userId: u.id, email: u.email, name: u.name, role: (u.role ?? null) as Viewer["role"], residentId: null });

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.code;
}

function postInput(cohortId: string, overrides: Record<string, unknown> = {}) {
  return {
    cohortId,
    kind: "OPENING",
    openingLevel: "PGY2",
    specialty: "neurology",
    programName: "Neurology Residency",
    institution: `${faker.location.city()} University Hospital`,
    location: "Columbus, OH",
    pgyLevel: "PGY-2",
    expectedStart: "July 2027",
    title: "PGY-2 neurology position opening for July 2027",
    body: "An unexpected PGY-2 position opened for July 2027. Applications go through ERAS; interviews are virtual.",
    evidenceKind: "RUMOUR",
    heardOn: "2026-11-10",
    heardHow: "From a co-resident on nights",
    acknowledgedPersonWarning: false,
    ...overrides,
  };
}

async function seedPost(cohortId: string, authorId: string, overrides: Partial<Prisma.BoardPostUncheckedCreateInput> = {}) {
  return db().boardPost.create({
    data: {
      cohortId,
      authorId,
      kind: "OPENING",
      openingLevel: "CATEGORICAL_PGY1",
      specialty: "internal-medicine",
      programName: "Internal Medicine Residency",
      institution: `${faker.location.city()} Medical Center`,
      location: "Dayton, OH",
      title: "Categorical IM PGY-1 spot for January start",
      body: "A categorical PGY-1 internal medicine position is open for a January start; the program takes J-1 visas.",
      evidenceKind: "RUMOUR",
      heardOn: new Date("2026-11-12T00:00:00Z"),
      heardHow: "Heard at morning report",
      createdAt: new Date("2026-11-13T10:00:00Z"),
      ...overrides,
    },
  });
}

type Fixture = {
  cohortId: string;
  moderator: User;
  author: User;
  member: User;
  postId: string;
  hiddenPostId: string;
  removedPostId: string;
  commentId: string;
  inviteId: string;
  token: string;
  /** Someone a moderator removed earlier: banned from the cohort. */
  banned: User;
};

/** A cohort with a moderator, an author and a member, a post with a comment, a hidden and a removed post, a live invite. */
async function buildFixture(): Promise<Fixture> {
  const [moderator, author, member, banned] = [await createResident(), await createResident(), await createResident(), await createResident()];
  const cohort = await createCohortRow([{ userId: moderator.id, role: "MODERATOR" }, { userId: author.id }, { userId: member.id }]);
  const post = await seedPost(cohort.id, author.id, { commentCount: 1 });
  const hidden = await seedPost(cohort.id, author.id, { status: "HIDDEN", hiddenAt: NOW, flagCount: 1, title: "Advanced PGY-2 radiology seat" });
  await db().postFlag.create({ data: { postId: hidden.id, userId: member.id, reason: "FALSE" } });
  const removed = await seedPost(cohort.id, author.id, { status: "REMOVED", title: "Surgery prelim vacancy" });
  const comment = await db().postComment.create({ data: { postId: post.id, authorId: member.id, body: "Is this for January or July?" } });
  const { token } = await createInviteDal(viewerOf(moderator), { cohortId: cohort.id, expiresInDays: 14, maxUses: 10 }, NOW);
  const invite = await db().cohortInvite.findFirstOrThrow({ where: { cohortId: cohort.id } });
  await db().notification.create({
    data: { userId: author.id, kind: "post.restored", message: "A moderator put your post back.", cohortId: cohort.id, postId: post.id },
  });
  await db().cohortBan.create({ data: { cohortId: cohort.id, userId: banned.id, bannedBy: moderator.id, bannedAt: NOW } });
  return {
    cohortId: cohort.id,
    moderator,
    author,
    member,
    postId: post.id,
    hiddenPostId: hidden.id,
    removedPostId: removed.id,
    commentId: comment.id,
    inviteId: invite.id,
    token,
    banned,
  };
}

/** Everything in one cohort, ordered, so two snapshots compare with toEqual. */
async function cohortState(cohortId: string) {
  const posts = await db().boardPost.findMany({ where: { cohortId }, orderBy: { id: "asc" } });
  const postIds = { in: posts.map((p) => p.id) };
  const [cohort, memberships, bans, invites, reactions, comments, flags, revisions, notifications] = await Promise.all([
    db().cohort.findUnique({ where: { id: cohortId } }),
    db().cohortMembership.findMany({ where: { cohortId }, orderBy: { userId: "asc" } }),
    db().cohortBan.findMany({ where: { cohortId }, orderBy: { id: "asc" } }),
    db().cohortInvite.findMany({ where: { cohortId }, orderBy: { id: "asc" } }),
    db().postReaction.findMany({ where: { postId: postIds }, orderBy: [{ postId: "asc" }, { userId: "asc" }, { kind: "asc" }] }),
    db().postComment.findMany({ where: { postId: postIds }, orderBy: { id: "asc" } }),
    db().postFlag.findMany({ where: { postId: postIds }, orderBy: [{ postId: "asc" }, { userId: "asc" }] }),
    db().postRevision.findMany({ where: { postId: postIds }, orderBy: { id: "asc" } }),
    db().notification.findMany({ where: { cohortId }, orderBy: { id: "asc" } }),
  ]);
  return { cohort, memberships, bans, invites, posts, reactions, comments, flags, revisions, notifications };
}

/** Row counts across all cohorts: a refused call must not have written anywhere. */
async function tableCounts() {
  const [cohorts, memberships, bans, invites, posts, reactions, comments, flags, revisions, notifications, unread] = await Promise.all([
    db().cohort.count(),
    db().cohortMembership.count(),
    db().cohortBan.count(),
    db().cohortInvite.count(),
    db().boardPost.count(),
    db().postReaction.count(),
    db().postComment.count(),
    db().postFlag.count(),
    db().postRevision.count(),
    db().notification.count(),
    db().notification.count({ where: { readAt: null } }),
  ]);
  return { cohorts, memberships, bans, invites, posts, reactions, comments, flags, revisions, notifications, unread };
}

const BAD_TOKEN = "not-a-real-invitation-token-0000000000";

const cohortInput = () => ({
  name: `Prelim IM 2026-27, ${faker.location.city()} General`,
  programName: "Preliminary Internal Medicine",
  institution: `${faker.location.city()} General Hospital`,
  year: 2026,
  track: "PRELIM_MEDICINE",
});

// One row per action. scope "cohort": names fixture's cohort or one of its records, refused to outsiders as
// NOT_FOUND. "token": joins by an invitation token (outsiders call it with a bad token). "create": any resident may.
// "own": acts on the caller's own notifications only. `by` is who may call it successfully (the control test).
// A new action file under lib/actions/cohorts or lib/actions/board fails the coverage test until it is added here.
type Row = {
  scope: "cohort" | "token" | "create" | "own";
  moderatorOnly?: boolean;
  by: "moderator" | "author" | "member" | "newcomer";
  call: (f: Fixture) => Promise<ActionResult<unknown>>;
};
const ACTIONS: Record<string, Row> = {
  createCohort: { scope: "create", by: "newcomer", call: () => createCohort(cohortInput()) },
  joinCohort: { scope: "token", by: "newcomer", call: (f) => joinCohort({ token: f.token }) },
  createInvite: { scope: "cohort", moderatorOnly: true, by: "moderator", call: (f) => createInvite({ cohortId: f.cohortId, expiresInDays: 7, maxUses: 5 }) },
  revokeInvite: { scope: "cohort", moderatorOnly: true, by: "moderator", call: (f) => revokeInvite({ cohortId: f.cohortId, inviteId: f.inviteId }) },
  removeMember: { scope: "cohort", moderatorOnly: true, by: "moderator", call: (f) => removeMember({ cohortId: f.cohortId, userId: f.member.id }) },
  liftBan: { scope: "cohort", moderatorOnly: true, by: "moderator", call: (f) => liftBan({ cohortId: f.cohortId, userId: f.banned.id }) },
  setMemberRole: {
    scope: "cohort",
    moderatorOnly: true,
    by: "moderator",
    call: (f) => setMemberRole({ cohortId: f.cohortId, userId: f.member.id, role: "MODERATOR" }),
  },
  moderatePost: { scope: "cohort", moderatorOnly: true, by: "moderator", call: (f) => moderatePost({ postId: f.postId, decision: "REMOVE" }) },
  leaveCohort: { scope: "cohort", by: "member", call: (f) => leaveCohort({ cohortId: f.cohortId }) },
  createPost: { scope: "cohort", by: "member", call: (f) => createPost(postInput(f.cohortId)) },
  updatePost: {
    scope: "cohort",
    by: "author",
    call: (f) =>
      updatePost({ postId: f.postId, ...postInput(f.cohortId, { title: "Rewritten by someone", body: "Replaced body text about a neurology opening." }) }),
  },
  addComment: { scope: "cohort", by: "member", call: (f) => addComment({ postId: f.postId, body: "I heard the same from the chief residents." }) },
  reactToPost: { scope: "cohort", by: "member", call: (f) => reactToPost({ postId: f.postId, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE" }) },
  flagPost: { scope: "cohort", by: "member", call: (f) => flagPost({ postId: f.postId, reason: "FALSE", note: "The program says it is full." }) },
  markNotificationsRead: { scope: "own", by: "author", call: () => markNotificationsRead({}) },
};
const ACTION_NAMES = Object.keys(ACTIONS);
const MODERATOR_ONLY = ACTION_NAMES.filter((name) => ACTIONS[name]!.moderatorOnly);

function row(name: string): Row {
  const entry = ACTIONS[name];
  if (!entry) throw new Error(`No table row for ${name}`);
  return entry;
}

let fx: Fixture;
let exMember: User;
let removedMember: User;

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
  fx = await buildFixture();
  // An ex-member and a removed member, made through the actions themselves.
  exMember = await createResident();
  removedMember = await createResident();
  for (const u of [exMember, removedMember]) {
    actAs(u.id);
    expect(okData(await joinCohort({ token: fx.token }))).toEqual({ cohortId: fx.cohortId });
  }
  actAs(exMember.id);
  okData(await leaveCohort({ cohortId: fx.cohortId }));
  actAs(fx.moderator.id);
  okData(await removeMember({ cohortId: fx.cohortId, userId: removedMember.id }));
  actAs(null);
});

describe("authorization fixture", () => {
  it("lists every exported action of lib/actions/cohorts and lib/actions/board", async () => {
    const actionsDir = path.resolve(import.meta.dirname, "../actions");
    const exported: string[] = [];
    for (const domain of ["cohorts", "board"]) {
      for (const file of readdirSync(path.join(actionsDir, domain)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
        const mod = (await import(path.join(actionsDir, domain, file))) as Record<string, unknown>;
        exported.push(...Object.keys(mod).filter((key) => typeof mod[key] === "function"));
      }
    }
    expect(exported.length).toBeGreaterThanOrEqual(15);
    expect(exported.sort()).toEqual([...ACTION_NAMES].sort());
  });

  it("has three members, one post of each status, a comment, a flag, a live invite used twice, and an unread notification", async () => {
    const s = await cohortState(fx.cohortId);
    expect(s.memberships.map((m) => m.userId).sort()).toEqual([fx.moderator.id, fx.author.id, fx.member.id].sort());
    expect(s.posts.map((p) => p.status).sort()).toEqual(["HIDDEN", "REMOVED", "VISIBLE"]);
    expect(s.comments).toHaveLength(1);
    expect(s.flags).toHaveLength(1);
    expect(s.invites).toEqual([expect.objectContaining({ id: fx.inviteId, uses: 2, revokedAt: null })]);
    expect(s.notifications).toEqual([expect.objectContaining({ userId: fx.author.id, readAt: null })]);
  });

  // The table's calls are valid: by the right caller each one succeeds (on a fresh cohort), so the refusals below
  // are about who calls, not about the input.
  it.each(ACTION_NAMES)("%s succeeds for the right caller", async (name) => {
    const f = await buildFixture();
    const caller = row(name).by === "newcomer" ? await createResident() : f[row(name).by as "moderator" | "author" | "member"];
    const before = await cohortState(f.cohortId);
    const counts = await tableCounts();
    actAs(caller.id);
    okData(await row(name).call(f));
    if (name === "createCohort") {
      expect((await tableCounts()).cohorts).toBe(counts.cohorts + 1);
      expect(await cohortState(f.cohortId)).toEqual(before);
    } else {
      expect(await cohortState(f.cohortId)).not.toEqual(before);
    }
  });
});

describe.each([
  { who: "a resident who never belonged", make: () => createResident(), resident: true },
  { who: "a resident who left", make: async () => exMember, resident: true },
  { who: "a resident who was removed", make: async () => removedMember, resident: true },
  { who: "an advisor", make: () => createAdvisor(), resident: false },
  { who: "a user who has not chosen a role", make: () => createUser(), resident: false },
  { who: "a resident who has not finished onboarding", make: () => createUser({ role: "RESIDENT" }), resident: false },
])("$who", ({ make, resident }) => {
  let caller: User;
  beforeAll(async () => {
    caller = await make();
    await db().notification.create({ data: { userId: caller.id, kind: "post.restored", message: "Your post is back on the board." } });
  });

  it.each(ACTION_NAMES.filter((name) => row(name).scope === "cohort" || row(name).scope === "token"))("%s is NOT_FOUND and changes nothing", async (name) => {
    const before = await cohortState(fx.cohortId);
    const counts = await tableCounts();
    actAs(caller.id);
    const result = await row(name).call({ ...fx, token: BAD_TOKEN });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cohortState(fx.cohortId)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });

  it(`createCohort ${resident ? "makes the caller moderator of a new cohort" : "is NOT_FOUND"} and leaves the cohort alone`, async () => {
    const before = await cohortState(fx.cohortId);
    const counts = await tableCounts();
    actAs(caller.id);
    const result = await createCohort(cohortInput());
    expect(await cohortState(fx.cohortId)).toEqual(before);
    if (resident) {
      const { id } = okData(result);
      expect(await db().cohortMembership.findMany({ where: { cohortId: id }, select: { userId: true, role: true } })).toEqual([
        { userId: caller.id, role: "MODERATOR" },
      ]);
      expect((await tableCounts()).cohorts).toBe(counts.cohorts + 1);
    } else {
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await tableCounts()).toEqual(counts);
    }
  });

  it("markNotificationsRead marks only the caller's own notifications", async () => {
    const before = await cohortState(fx.cohortId);
    actAs(caller.id);
    okData(await markNotificationsRead({}));
    expect(await db().notification.count({ where: { userId: caller.id, readAt: null } })).toBe(0);
    expect(await db().notification.count({ where: { userId: caller.id } })).toBe(1);
    expect(await cohortState(fx.cohortId)).toEqual(before);
  });
});

describe("a signed-out caller", () => {
  it.each(ACTION_NAMES)("%s is UNAUTHENTICATED and changes nothing", async (name) => {
    const before = await cohortState(fx.cohortId);
    const counts = await tableCounts();
    actAs(null);
    const result = await row(name).call(fx);
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await cohortState(fx.cohortId)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe("a plain member calling a moderator-only action", () => {
  it.each(MODERATOR_ONLY)("%s is FORBIDDEN and changes nothing", async (name) => {
    for (const caller of [fx.member, fx.author]) {
      const before = await cohortState(fx.cohortId);
      const counts = await tableCounts();
      actAs(caller.id);
      const result = await row(name).call(fx);
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await cohortState(fx.cohortId)).toEqual(before);
      expect(await tableCounts()).toEqual(counts);
    }
  });

  it("listReviewQueue is FORBIDDEN for members and lists the hidden post for the moderator", async () => {
    expect(await codeOf(listReviewQueue(viewerOf(fx.member), fx.cohortId))).toBe("FORBIDDEN");
    expect((await listReviewQueue(viewerOf(fx.moderator), fx.cohortId)).map((p) => p.id)).toEqual([fx.hiddenPostId]);
  });
});

describe("a moderator of another cohort", () => {
  let other: User;
  let otherCohortId: string;
  beforeAll(async () => {
    other = await createResident();
    otherCohortId = (await createCohortRow([{ userId: other.id, role: "MODERATOR" }, { userId: fx.member.id }])).id;
  });

  it.each([
    ["moderatePost on this cohort's post", () => moderatePost({ postId: fx.postId, decision: "REMOVE" })],
    ["revokeInvite of this cohort's invite under their own cohort", () => revokeInvite({ cohortId: otherCohortId, inviteId: fx.inviteId })],
    ["setMemberRole of this cohort's author under their own cohort", () => setMemberRole({ cohortId: otherCohortId, userId: fx.author.id, role: "MODERATOR" })],
    ["removeMember of this cohort's author under their own cohort", () => removeMember({ cohortId: otherCohortId, userId: fx.author.id })],
    ["updatePost of this cohort's post under their own cohort", () => updatePost({ postId: fx.postId, ...postInput(otherCohortId) })],
  ] as const)("%s is NOT_FOUND and changes nothing", async (_label, call) => {
    const before = await cohortState(fx.cohortId);
    const counts = await tableCounts();
    actAs(other.id);
    expect(await call()).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cohortState(fx.cohortId)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe("reads", () => {
  const reads = (f: Fixture) =>
    [
      ["listPosts", (v: Viewer) => listPosts(v, f.cohortId, {}, NOW)],
      ["getPost", (v: Viewer) => getPost(v, f.cohortId, f.postId, NOW)],
      ["getCohort", (v: Viewer) => getCohort(v, f.cohortId)],
      ["openingsByMonth", (v: Viewer) => openingsByMonth(v, f.cohortId, NOW)],
      ["listReviewQueue", (v: Viewer) => listReviewQueue(v, f.cohortId)],
    ] as const;

  it.each([
    { who: "a resident who never belonged", viewer: async () => viewerOf(await createResident()) },
    { who: "a resident who left", viewer: async () => viewerOf(exMember) },
    { who: "a resident who was removed", viewer: async () => viewerOf(removedMember) },
    { who: "an advisor", viewer: async () => plainViewerOf(await createAdvisor()) },
  ])("every read throws NOT_FOUND for $who", async ({ viewer }) => {
    const v = await viewer();
    for (const [name, read] of reads(fx)) {
      expect({ name, code: await codeOf(read(v)) }).toEqual({ name, code: "NOT_FOUND" });
    }
  });

  it("members read the board, the post, the cohort and the chart; the moderator also reads the review queue", async () => {
    const list = await listPosts(viewerOf(fx.member), fx.cohortId, {}, NOW);
    expect(list.posts.map((p) => p.id)).toEqual([fx.postId]);
    expect((await getPost(viewerOf(fx.member), fx.cohortId, fx.postId, NOW)).post.id).toBe(fx.postId);
    const cohort = await getCohort(viewerOf(fx.member), fx.cohortId);
    expect(cohort.memberships.map((m) => m.user.id).sort()).toEqual([fx.moderator.id, fx.author.id, fx.member.id].sort());
    expect(cohort.viewerRole).toBe("MEMBER");
    expect(await openingsByMonth(viewerOf(fx.member), fx.cohortId, NOW)).toHaveLength(12);
    expect((await listReviewQueue(viewerOf(fx.moderator), fx.cohortId)).map((p) => p.id)).toEqual([fx.hiddenPostId]);
  });

  it("getPost of a post in another cohort, named under the viewer's own cohort, is NOT_FOUND", async () => {
    const stranger = await createResident();
    const own = await createCohortRow([{ userId: stranger.id, role: "MODERATOR" }]);
    expect(await codeOf(getPost(viewerOf(stranger), own.id, fx.postId, NOW))).toBe("NOT_FOUND");
  });

  it("a hidden post is seen by its author and the moderators only, and is on nobody's board", async () => {
    const author = await getPost(viewerOf(fx.author), fx.cohortId, fx.hiddenPostId, NOW);
    expect(author.post).toMatchObject({ id: fx.hiddenPostId, status: "HIDDEN", isAuthor: true });
    expect(author.flagCount).toBeNull();
    const moderator = await getPost(viewerOf(fx.moderator), fx.cohortId, fx.hiddenPostId, NOW);
    expect(moderator.post.status).toBe("HIDDEN");
    expect(moderator.flagCount).toBe(1);
    expect(await codeOf(getPost(viewerOf(fx.member), fx.cohortId, fx.hiddenPostId, NOW))).toBe("NOT_FOUND");
    for (const u of [fx.author, fx.moderator, fx.member]) {
      expect((await listPosts(viewerOf(u), fx.cohortId, {}, NOW)).posts.map((p) => p.id)).not.toContain(fx.hiddenPostId);
    }
  });

  it("a removed post is seen by the moderators only, not even its author", async () => {
    expect((await getPost(viewerOf(fx.moderator), fx.cohortId, fx.removedPostId, NOW)).post.status).toBe("REMOVED");
    expect(await codeOf(getPost(viewerOf(fx.author), fx.cohortId, fx.removedPostId, NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getPost(viewerOf(fx.member), fx.cohortId, fx.removedPostId, NOW))).toBe("NOT_FOUND");
    expect((await listReviewQueue(viewerOf(fx.moderator), fx.cohortId)).map((p) => p.id)).not.toContain(fx.removedPostId);
  });

  it("members cannot act on a hidden post: comment, react and flag are NOT_FOUND", async () => {
    const before = await cohortState(fx.cohortId);
    actAs(fx.member.id);
    expect(await addComment({ postId: fx.hiddenPostId, body: "Still open?" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await reactToPost({ postId: fx.hiddenPostId, kind: "INTEREST", on: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(fx.moderator.id);
    expect(await flagPost({ postId: fx.hiddenPostId, reason: "DUPLICATE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cohortState(fx.cohortId)).toEqual(before);
  });
});
