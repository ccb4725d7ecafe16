// The cohort board against real PostgreSQL (DOMAIN.md, "The cohort board"): evidence grading and its filters,
// the posting rules, flags and invitations under concurrency, membership, keyset pagination and search, one
// level of comments, rate limits, edit history, the openings chart, matching openings, and live events through
// LISTEN/NOTIFY. Authorization: board-access.test.ts.
import { randomUUID } from "node:crypto";
import { faker } from "@faker-js/faker";
import type pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addComment } from "@/lib/actions/board/add-comment";
import { createPost } from "@/lib/actions/board/create-post";
import { flagPost } from "@/lib/actions/board/flag-post";
import { moderatePost } from "@/lib/actions/board/moderate-post";
import { reactToPost } from "@/lib/actions/board/react-to-post";
import { updatePost } from "@/lib/actions/board/update-post";
import { createInvite } from "@/lib/actions/cohorts/create-invite";
import { joinCohort } from "@/lib/actions/cohorts/join-cohort";
import { leaveCohort } from "@/lib/actions/cohorts/leave-cohort";
import { liftBan } from "@/lib/actions/cohorts/lift-ban";
import { removeMember } from "@/lib/actions/cohorts/remove-member";
import { revokeInvite } from "@/lib/actions/cohorts/revoke-invite";
import { setMemberRole } from "@/lib/actions/cohorts/set-member-role";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { CohortRole, Prisma } from "@/lib/db/generated/client";
import { getPool } from "@/lib/db/pool";
import { addDaysUtc, toDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { flagThreshold } from "@/lib/rules/board-rules";
import { publishBoardEvent, subscribeToBoard, type BoardEvent } from "@/lib/server/board/events";
import { getPost } from "@/lib/server/board/get-post";
import { listPosts, PAGE_SIZE } from "@/lib/server/board/list-posts";
import { listReviewQueue } from "@/lib/server/board/list-review-queue";
import { getCohort } from "@/lib/server/cohorts/get-cohort";
import { matchingOpenings } from "@/lib/server/board/matching-openings";
import { openingsByMonth } from "@/lib/server/board/openings-by-month";
import { withTestDatabase } from "@/lib/testing/db";
import { createCohort, createResident } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";
import type { BoardFilter } from "@/lib/validation/board";

withTestDatabase();

const NOW = new Date("2026-11-15T15:00:00Z");
const daysAgo = (n: number) => toDateOnly(addDaysUtc(NOW, -n));

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

/** Sets "now" for the actions (the ps-test-now cookie, honoured only with ALLOW_TEST_CLOCK=1). */
function at(date: Date): Date {
  testRequest.cookies.set(TEST_CLOCK_COOKIE, date.toISOString());
  return date;
}

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** A raw pg error (code and constraint), or null when the statement succeeded. */
async function pgErrorOf(sql: string, params: unknown[]): Promise<{ code?: string; constraint?: string } | null> {
  return getPool()
    .query(sql, params)
    .then(
      () => null,
      (e: { code?: string; constraint?: string }) => ({ code: e.code, constraint: e.constraint }),
    );
}

/** A new resident who is a member of the cohort. */
async function memberOf(cohortId: string, role: CohortRole = "MEMBER"): Promise<User> {
  const user = await createResident();
  await db().cohortMembership.create({ data: { cohortId, userId: user.id, role } });
  return user;
}

/** A cohort with a moderator and `n` other members. */
async function cohortWith(n: number) {
  const moderator = await createResident();
  const cohort = await createCohort([{ userId: moderator.id, role: "MODERATOR" }]);
  const members: User[] = [];
  for (let i = 0; i < n; i++) members.push(await memberOf(cohort.id));
  return { cohortId: cohort.id, moderator, members };
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
    heardOn: daysAgo(3),
    heardHow: "From a co-resident on nights",
    acknowledgedPersonWarning: false,
    ...overrides,
  };
}

/** A post written straight to the database, for tests about reading (the action is rate limited to 5 per author). */
async function seedPost(cohortId: string, authorId: string | null, overrides: Partial<Prisma.BoardPostUncheckedCreateInput> = {}) {
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
      heardOn: addDaysUtc(NOW, -2),
      heardHow: "Heard at morning report",
      createdAt: new Date(NOW.getTime() - 3_600_000),
      ...overrides,
    },
  });
}

const listIds = async (viewer: User, cohortId: string, filter: BoardFilter = {}) =>
  (await listPosts(viewerOf(viewer), cohortId, filter, NOW)).posts.map((p) => p.id);

/** The same call by several users at once: the session is read synchronously when each call starts. */
function concurrently<T>(users: User[], call: () => Promise<T>): Promise<T[]> {
  return Promise.all(
    users.map((u) => {
      actAs(u.id);
      return call();
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------

describe("evidence", () => {
  let cohortId: string;
  let members: User[];
  beforeAll(async () => {
    ({ cohortId, members } = await cohortWith(4));
  });

  it("a CONFIRMED post without a source type is VALIDATION with an error on sourceType; with one it is saved", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    const confirmed = { evidenceKind: "CONFIRMED", confirmedOn: daysAgo(1), heardOn: "", heardHow: "" };
    const refused = await createPost(postInput(cohortId, confirmed));
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    if (refused.ok) return;
    expect(refused.fieldErrors?.sourceType?.[0]).toMatch(/where the confirmation came from/);
    expect(await db().boardPost.count({ where: { authorId: author.id } })).toBe(0);

    const { id } = okData(await createPost(postInput(cohortId, { ...confirmed, sourceType: "COORDINATOR_OR_PD_EMAIL" })));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id } })).toMatchObject({
      evidenceKind: "CONFIRMED",
      sourceType: "COORDINATOR_OR_PD_EMAIL",
      heardOn: null,
    });
    expect(await listIds(members[0]!, cohortId, { evidence: "confirmed" })).toContain(id);
  });

  it("a rumour heard 22 days ago is stale, one heard 21 days ago is still fresh", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    const stale = okData(await createPost(postInput(cohortId, { heardOn: daysAgo(22), title: "Heard of a PGY-2 neurology spot (older)" }))).id;
    const fresh = okData(await createPost(postInput(cohortId, { heardOn: daysAgo(21), title: "Heard of a PGY-2 neurology spot (newer)" }))).id;
    const staleList = await listIds(members[0]!, cohortId, { evidence: "stale" });
    const freshList = await listIds(members[0]!, cohortId, { evidence: "fresh" });
    expect(staleList).toContain(stale);
    expect(staleList).not.toContain(fresh);
    expect(freshList).toContain(fresh);
    expect(freshList).not.toContain(stale);
    const all = (await listPosts(viewerOf(members[0]!), cohortId, {}, NOW)).posts;
    expect(all.find((p) => p.id === stale)?.evidence).toBe("STALE");
    expect(all.find((p) => p.id === fresh)?.evidence).toBe("FRESH_RUMOUR");
    // The card's specialty arrives as its name, so the board's client code does not carry the specialty table.
    const card = all.find((p) => p.id === fresh)!;
    expect(card).toMatchObject({ specialtyLabel: "Neurology" });
    // The list sends the card and nothing the card does not show (the post's own page reads the rest).
    expect(Object.keys(card).sort()).toEqual(
      [
        "id",
        "kind",
        "openingLevel",
        "programName",
        "institution",
        "location",
        "title",
        "body",
        "evidenceKind",
        "sourceType",
        "confirmCount",
        "corroborationCount",
        "disputeCount",
        "interestCount",
        "commentCount",
        "authorName",
        "isAuthor",
        "specialtyLabel",
        "evidence",
        "heardOn",
        "editedAt",
        "createdAt",
        "mine",
        "interested",
      ].sort(),
    );
    // The post's own page keeps what its detail and edit views read besides the card.
    const { post: detail } = await getPost(viewerOf(members[0]!), cohortId, fresh, NOW);
    expect(detail).toMatchObject({ ...card, cohortId, specialty: "neurology", status: "VISIBLE" });
    expect(Object.keys(detail)).toEqual(expect.arrayContaining(["pgyLevel", "expectedStart", "heardHow", "sourceLink", "confirmedOn"]));
  });

  it("a member's confirmation with a source upgrades a rumour to CONFIRMED", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    const id = okData(await createPost(postInput(cohortId))).id;
    expect(await listIds(members[0]!, cohortId, { evidence: "fresh" })).toContain(id);
    expect(await listIds(members[0]!, cohortId, { evidence: "confirmed" })).not.toContain(id);

    actAs(members[0]!.id);
    okData(await reactToPost({ postId: id, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE", sourceLink: "https://example.org/neurology/positions" }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id } })).toMatchObject({
      evidenceKind: "CONFIRMED",
      sourceType: "PROGRAM_WEBSITE",
      sourceLink: "https://example.org/neurology/positions",
      confirmCount: 1,
      lastConfirmedAt: NOW,
    });
    expect(await listIds(members[1]!, cohortId, { evidence: "confirmed" })).toContain(id);
    expect(await listIds(members[1]!, cohortId, { evidence: "fresh" })).not.toContain(id);
    expect((await getPost(viewerOf(members[1]!), cohortId, id, NOW)).confirmations).toEqual([
      expect.objectContaining({ name: members[0]!.name, sourceType: "PROGRAM_WEBSITE" }),
    ]);
  });

  it("the author confirming their own post is RULE_VIOLATION and leaves no reaction; raw SQL hits the trigger", async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id);
    actAs(author.id);
    const result = await reactToPost({ postId: post.id, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE" });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", message: expect.stringMatching(/your own post/) });
    expect(await db().postReaction.count({ where: { postId: post.id } })).toBe(0);
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      evidenceKind: "RUMOUR",
      confirmCount: 0,
      lastConfirmedAt: null,
    });

    const insert = `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1::uuid, $2::uuid, 'CONFIRM')`;
    expect(await pgErrorOf(insert, [post.id, author.id])).toEqual({ code: "23514", constraint: "post_reactions_not_own_confirm" });
    // Anyone else's confirmation passes the trigger.
    expect(await pgErrorOf(insert, [post.id, members[2]!.id])).toBeNull();
    await db().postReaction.deleteMany({ where: { postId: post.id } });
  });

  it("a dispute needs a reason, in the action and in the database", async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id);
    actAs(members[0]!.id);
    const result = await reactToPost({ postId: post.id, kind: "DISPUTE", on: true });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: [expect.any(String)] } });
    expect(await db().postReaction.count({ where: { postId: post.id } })).toBe(0);
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).disputeCount).toBe(0);
    const insert = `INSERT INTO post_reactions (post_id, user_id, kind, reason) VALUES ($1::uuid, $2::uuid, 'DISPUTE', $3)`;
    expect(await pgErrorOf(insert, [post.id, members[0]!.id, "  "])).toEqual({ code: "23514", constraint: "post_reactions_dispute_reason" });
  });

  it("more disputes than confirmations make a post disputed; a tie does not", async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id);
    const [m1, m2, m3] = members as [User, User, User];
    actAs(m1.id);
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true, sourceType: "FACULTY_IN_PERSON" }));
    expect(await listIds(m1, cohortId, { evidence: "confirmed" })).toContain(post.id);
    actAs(m2.id);
    okData(await reactToPost({ postId: post.id, kind: "DISPUTE", on: true, reason: "The coordinator told me the spot was filled internally." }));
    expect(await listIds(m1, cohortId, { evidence: "disputed" })).not.toContain(post.id);
    expect(await listIds(m1, cohortId, { evidence: "confirmed" })).toContain(post.id);
    actAs(m3.id);
    okData(await reactToPost({ postId: post.id, kind: "DISPUTE", on: true, reason: "Not on the program website." }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ confirmCount: 1, disputeCount: 2 });
    expect(await listIds(m1, cohortId, { evidence: "disputed" })).toContain(post.id);
    for (const other of ["confirmed", "fresh", "stale"] as const) expect(await listIds(m1, cohortId, { evidence: other })).not.toContain(post.id);
    const detail = await getPost(viewerOf(m1), cohortId, post.id, NOW);
    expect(detail.post.evidence).toBe("DISPUTED");
    expect(detail.disputes.map((d) => d.name).sort()).toEqual([m2.name, m3.name].sort());
  });

  // The filter is documented as "the SQL form of evidenceState", so a post listed under an evidence filter must
  // carry that badge. A rumour whose only confirmation was withdrawn keeps last_confirmed_at: evidenceState then
  // calls it fresh (it counts last_confirmed_at as a re-confirmation) while the SQL lists it as stale.
  it("a post listed under an evidence filter carries that evidence state (withdrawn confirmation of an old rumour)", async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id, { heardOn: addDaysUtc(NOW, -30) });
    actAs(members[0]!.id);
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true }));
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: false }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ confirmCount: 0, evidenceKind: "RUMOUR" });
    const expected = { fresh: "FRESH_RUMOUR", stale: "STALE", confirmed: "CONFIRMED", disputed: "DISPUTED" } as const;
    const seen: { filter: string; badge: string }[] = [];
    for (const filter of ["fresh", "stale", "confirmed", "disputed"] as const) {
      for (const p of (await listPosts(viewerOf(members[1]!), cohortId, { evidence: filter }, NOW)).posts) {
        if (p.id === post.id) seen.push({ filter, badge: p.evidence });
      }
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!.badge, `listed under "${seen[0]!.filter}" but badged ${seen[0]!.badge}`).toBe(expected[seen[0]!.filter as keyof typeof expected]);
  });

  // Issue 15, "Hearsay becomes Confirmed": leaving the source at "I heard it too" turned a rumour green.
  it('"I heard it too" corroborates a rumour: re-dated and counted, but still a rumour, never CONFIRMED', async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id, { heardOn: addDaysUtc(NOW, -30) });
    expect(await listIds(members[0]!, cohortId, { evidence: "stale" })).toContain(post.id);
    actAs(members[0]!.id);
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      evidenceKind: "RUMOUR",
      sourceType: null,
      confirmCount: 0,
      corroborationCount: 1,
      lastConfirmedAt: NOW,
    });
    // Re-dated: an old rumour heard again today is fresh, and it is nowhere under "confirmed".
    expect(await listIds(members[1]!, cohortId, { evidence: "fresh" })).toContain(post.id);
    for (const other of ["confirmed", "stale", "disputed"] as const) expect(await listIds(members[1]!, cohortId, { evidence: other })).not.toContain(post.id);
    const detail = await getPost(viewerOf(members[1]!), cohortId, post.id, NOW);
    expect(detail.post.evidence).toBe("FRESH_RUMOUR");
    expect(detail.post.corroborationCount).toBe(1);
    expect(detail.confirmations).toEqual([]);
    expect(detail.corroborations).toEqual([expect.objectContaining({ name: members[0]!.name })]);
    // A second member naming a checkable source is what upgrades it.
    actAs(members[1]!.id);
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true, sourceType: "COORDINATOR_OR_PD_EMAIL" }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      evidenceKind: "CONFIRMED",
      confirmCount: 1,
      corroborationCount: 1,
    });
    expect(await listIds(members[2]!, cohortId, { evidence: "confirmed" })).toContain(post.id);
    // Withdrawing the corroboration takes it off the count, not the confirmation.
    actAs(members[0]!.id);
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: false }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ confirmCount: 1, corroborationCount: 0 });
  });

  it("a member who heard it first and later names a source turns their corroboration into a confirmation", async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id);
    actAs(members[2]!.id);
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true }));
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      evidenceKind: "RUMOUR",
      confirmCount: 0,
      corroborationCount: 1,
    });
    okData(
      await reactToPost({
        postId: post.id,
        kind: "CONFIRM",
        on: true,
        sourceType: "FREIDA_OR_VACANCY_LISTING",
        sourceLink: "https://freida.example.org/listing/1",
      }),
    );
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      evidenceKind: "CONFIRMED",
      sourceType: "FREIDA_OR_VACANCY_LISTING",
      sourceLink: "https://freida.example.org/listing/1",
      confirmCount: 1,
      corroborationCount: 0,
    });
    expect(await db().postReaction.findMany({ where: { postId: post.id }, select: { kind: true, sourceType: true } })).toEqual([
      { kind: "CONFIRM", sourceType: "FREIDA_OR_VACANCY_LISTING" },
    ]);
    // "I heard it too" after a confirmation changes nothing.
    okData(await reactToPost({ postId: post.id, kind: "CONFIRM", on: true }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ confirmCount: 1, corroborationCount: 0 });
    expect((await getPost(viewerOf(members[2]!), cohortId, post.id, NOW)).post.mine).toEqual({
      confirmed: true,
      corroborated: false,
      disputed: false,
      interested: false,
    });
  });

  // Issue 13, "Cohort board": a confirmation took any string as its source link and wrote it into the post.
  it("a confirmation with a javascript: link is VALIDATION on sourceLink and leaves another member's post as it was", async () => {
    const author = await memberOf(cohortId);
    const post = await seedPost(cohortId, author.id);
    const before = await db().boardPost.findUniqueOrThrow({ where: { id: post.id } });
    actAs(members[0]!.id);
    for (const link of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://example.org/list",
      "//evil.example/x",
    ]) {
      const result = await reactToPost({ postId: post.id, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE", sourceLink: link });
      expect(result, link).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { sourceLink: [expect.stringMatching(/http:\/\/ or https:\/\//)] } });
    }
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toEqual(before);
    expect(await db().postReaction.count({ where: { postId: post.id } })).toBe(0);
    // The post form says the same thing in the same words.
    actAs(author.id);
    const created = await createPost(
      postInput(cohortId, { evidenceKind: "CONFIRMED", sourceType: "PROGRAM_WEBSITE", confirmedOn: daysAgo(1), sourceLink: "javascript:alert(1)" }),
    );
    expect(created).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { sourceLink: [expect.stringMatching(/http:\/\/ or https:\/\//)] } });
    // And the database refuses one written around the actions.
    expect(await pgErrorOf(`UPDATE board_posts SET source_link = 'javascript:alert(1)' WHERE id = $1::uuid`, [post.id])).toEqual({
      code: "23514",
      constraint: "board_posts_source_link_web",
    });
    expect(
      await pgErrorOf(`INSERT INTO post_reactions (post_id, user_id, kind, source_link) VALUES ($1::uuid, $2::uuid, 'CONFIRM', 'javascript:alert(1)')`, [
        post.id,
        members[1]!.id,
      ]),
    ).toEqual({
      code: "23514",
      constraint: "post_reactions_source_link_web",
    });
    // A web link is accepted and upgrades the rumour.
    actAs(members[0]!.id);
    okData(
      await reactToPost({ postId: post.id, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE", sourceLink: "https://example.org/neurology/positions" }),
    );
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      evidenceKind: "CONFIRMED",
      sourceLink: "https://example.org/neurology/positions",
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("posting rules", () => {
  let cohortId: string;
  beforeAll(async () => {
    ({ cohortId } = await cohortWith(1));
  });

  it("a named person's health needs acknowledgedPersonWarning; acknowledged, the post is saved", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    const input = postInput(cohortId, {
      title: "Possible PGY-2 neurology opening",
      body: "Dr. Patel is on medical leave for depression, so a PGY-2 spot may open",
    });
    const refused = await createPost(input);
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    if (refused.ok) return;
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["acknowledgedPersonWarning"]);
    expect(await db().boardPost.count({ where: { authorId: author.id } })).toBe(0);

    const { id } = okData(await createPost({ ...input, acknowledgedPersonWarning: "on" }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id } })).toMatchObject({ acknowledgedPersonWarning: true, authorId: author.id });
  });

  it("reposting the NRMP List of Unfilled Programs is VALIDATION on body", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    const refused = await createPost(
      postInput(cohortId, { kind: "VACANCY_SOAP_INTEL", openingLevel: "", title: "SOAP list", body: "the NRMP List of Unfilled Programs attached" }),
    );
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    if (refused.ok) return;
    expect(refused.fieldErrors?.body?.[0]).toMatch(/NRMP/);
    expect(await db().boardPost.count({ where: { authorId: author.id } })).toBe(0);
  });

  it("a post naming neither program nor institution is VALIDATION (and the database refuses it too)", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    const refused = await createPost(postInput(cohortId, { programName: "", institution: "   " }));
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { programName: [expect.stringMatching(/program or the institution/)] } });
    expect(await db().boardPost.count({ where: { authorId: author.id } })).toBe(0);
    const error = await seedPost(cohortId, author.id, { programName: "", institution: " " }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/board_posts_names_a_place/);
  });

  it("a program alone is enough", async () => {
    const author = await memberOf(cohortId);
    actAs(author.id);
    okData(await createPost(postInput(cohortId, { institution: "" })));
    expect(await db().boardPost.count({ where: { authorId: author.id } })).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("flags", () => {
  let cohortId: string;
  let author: User;
  let moderators: User[];
  let members: User[];
  beforeAll(async () => {
    author = await createResident();
    moderators = [await createResident(), await createResident()];
    const cohort = await createCohort([{ userId: author.id }, ...moderators.map((m) => ({ userId: m.id, role: "MODERATOR" as const }))]);
    cohortId = cohort.id;
    members = [];
    for (let i = 0; i < 17; i++) members.push(await memberOf(cohortId));
  });

  // Issue 13, "Cohort board": min(3, 20%) rounded to one flag in cohorts of five or fewer, so one member could hide
  // any post.
  it("in a cohort of five, one member's flag does not hide a post; a second member's does", async () => {
    const small = await cohortWith(4);
    expect(await db().cohortMembership.count({ where: { cohortId: small.cohortId } })).toBe(5);
    const [writer, first, second] = small.members as [User, User, User];
    const post = await seedPost(small.cohortId, writer.id);
    actAs(first.id);
    expect(okData(await flagPost({ postId: post.id, reason: "FALSE" }))).toEqual({ hidden: false });
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ status: "VISIBLE", flagCount: 1 });
    expect(await listIds(second, small.cohortId)).toContain(post.id);
    actAs(second.id);
    expect(okData(await flagPost({ postId: post.id, reason: "OFF_TOPIC" }))).toEqual({ hidden: true });
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ status: "HIDDEN", flagCount: 2 });
  });

  it("a moderator's flag hides a post at once, in a small cohort or a big one", async () => {
    const small = await cohortWith(2);
    const smallPost = await seedPost(small.cohortId, small.members[0]!.id);
    actAs(small.moderator.id);
    expect(okData(await flagPost({ postId: smallPost.id, reason: "ABOUT_A_PERSON" }))).toEqual({ hidden: true });
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: smallPost.id } })).status).toBe("HIDDEN");
    const post = await seedPost(cohortId, author.id);
    actAs(moderators[0]!.id);
    expect(okData(await flagPost({ postId: post.id, reason: "ABOUT_A_PERSON" }))).toEqual({ hidden: true });
    expect(await db().notification.count({ where: { postId: post.id, kind: "post.hidden", userId: author.id } })).toBe(1);
  });

  it("a flag from someone who has since left the cohort no longer counts towards hiding", async () => {
    const small = await cohortWith(4);
    const [writer, leaver, second] = small.members as [User, User, User];
    const post = await seedPost(small.cohortId, writer.id);
    actAs(leaver.id);
    okData(await flagPost({ postId: post.id, reason: "FALSE" }));
    okData(await leaveCohort({ cohortId: small.cohortId }));
    actAs(second.id);
    expect(okData(await flagPost({ postId: post.id, reason: "FALSE" }))).toEqual({ hidden: false });
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).status).toBe("VISIBLE");
  });

  it("the cohort has 20 members, so 3 flags hide a post", async () => {
    expect(await db().cohortMembership.count({ where: { cohortId } })).toBe(20);
    expect(flagThreshold(20)).toBe(3);
    expect(flagThreshold(10)).toBe(2);
  });

  // flagPost locks the post row and refuses posts that are no longer visible, so the third flag hides the post and
  // the seven flags queued behind it find it gone (NOT_FOUND): the count stops at the threshold and the author and
  // each moderator are told exactly once.
  it("10 members flagging at once hide the post once: one notice for the author, one per moderator", async () => {
    const post = await seedPost(cohortId, author.id);
    const flaggers = members.slice(0, 10);
    const results = await concurrently(flaggers, () => flagPost({ postId: post.id, reason: "ABOUT_A_PERSON", note: "Names a resident's health." }));
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(3);
    expect(ok.filter((r) => r.ok && r.data.hidden)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(7).fill("NOT_FOUND"));

    const row = await db().boardPost.findUniqueOrThrow({ where: { id: post.id } });
    expect(row).toMatchObject({ status: "HIDDEN", flagCount: 3, hiddenAt: NOW });
    const flags = await db().postFlag.findMany({ where: { postId: post.id } });
    expect(new Set(flags.map((f) => f.userId)).size).toBe(3);
    for (const f of flags) expect(flaggers.map((u) => u.id)).toContain(f.userId);

    const notices = await db().notification.findMany({ where: { postId: post.id }, select: { userId: true, kind: true } });
    expect(notices.filter((n) => n.kind === "post.hidden")).toEqual([{ userId: author.id, kind: "post.hidden" }]);
    expect(
      notices
        .filter((n) => n.kind === "post.review")
        .map((n) => n.userId)
        .sort(),
    ).toEqual(moderators.map((m) => m.id).sort());
    expect(notices).toHaveLength(3);
    expect((await listReviewQueue(viewerOf(moderators[0]!), cohortId)).find((p) => p.id === post.id)?.flags).toHaveLength(3);
  });

  it("a member flagging twice is CONFLICT; the author cannot flag their own post", async () => {
    const post = await seedPost(cohortId, author.id);
    actAs(members[0]!.id);
    expect(okData(await flagPost({ postId: post.id, reason: "DUPLICATE" }))).toEqual({ hidden: false });
    expect(await flagPost({ postId: post.id, reason: "FALSE" })).toMatchObject({ ok: false, code: "CONFLICT" });
    actAs(author.id);
    expect(await flagPost({ postId: post.id, reason: "FALSE" })).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ status: "VISIBLE", flagCount: 1 });
    expect(await db().postFlag.findMany({ where: { postId: post.id }, select: { userId: true, reason: true } })).toEqual([
      { userId: members[0]!.id, reason: "DUPLICATE" },
    ]);
  });

  async function hiddenPost() {
    const post = await seedPost(cohortId, author.id);
    for (const m of members.slice(10, 13)) {
      actAs(m.id);
      okData(await flagPost({ postId: post.id, reason: "OFF_TOPIC" }));
    }
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).status).toBe("HIDDEN");
    return post;
  }

  it("RESTORE puts the post back with its flags cleared and tells the author", async () => {
    const post = await hiddenPost();
    expect(await listIds(members[0]!, cohortId)).not.toContain(post.id);
    actAs(moderators[0]!.id);
    okData(await moderatePost({ postId: post.id, decision: "RESTORE" }));
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ status: "VISIBLE", flagCount: 0, hiddenAt: null });
    expect(await db().postFlag.count({ where: { postId: post.id } })).toBe(0);
    expect(await listIds(members[0]!, cohortId)).toContain(post.id);
    expect(await db().notification.findMany({ where: { postId: post.id, kind: "post.restored" }, select: { userId: true } })).toEqual([{ userId: author.id }]);
    expect(await moderatePost({ postId: post.id, decision: "RESTORE" })).toMatchObject({ ok: false, code: "CONFLICT" });
    // Cleared flags mean the same members may flag it again.
    actAs(members[10]!.id);
    expect(okData(await flagPost({ postId: post.id, reason: "OFF_TOPIC" }))).toEqual({ hidden: false });
  });

  it("REMOVE hides the post from everyone but the moderators and tells the author", async () => {
    const post = await hiddenPost();
    actAs(moderators[1]!.id);
    okData(await moderatePost({ postId: post.id, decision: "REMOVE" }));
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).status).toBe("REMOVED");
    for (const u of [author, members[0]!]) {
      expect(await listIds(u, cohortId)).not.toContain(post.id);
      expect((await appErrorOf(getPost(viewerOf(u), cohortId, post.id, NOW))).code).toBe("NOT_FOUND");
    }
    expect((await getPost(viewerOf(moderators[0]!), cohortId, post.id, NOW)).post.status).toBe("REMOVED");
    expect((await listReviewQueue(viewerOf(moderators[0]!), cohortId)).map((p) => p.id)).not.toContain(post.id);
    expect(await db().notification.findMany({ where: { postId: post.id, kind: "post.removed" }, select: { userId: true } })).toEqual([{ userId: author.id }]);
    actAs(author.id);
    expect(await updatePost({ postId: post.id, ...postInput(cohortId) })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("invitations", () => {
  let cohortId: string;
  let moderator: User;
  let member: User;
  beforeAll(async () => {
    const c = await cohortWith(1);
    ({ cohortId, moderator } = c);
    member = c.members[0]!;
  });

  async function invite(expiresInDays: number, maxUses: number) {
    actAs(moderator.id);
    const { url } = okData(await createInvite({ cohortId, expiresInDays, maxUses }));
    const token = url.split("/join/")[1]!;
    const row = await db().cohortInvite.findFirstOrThrow({ where: { cohortId }, orderBy: { createdAt: "desc" } });
    expect(row.tokenHash).not.toBe(token);
    return { token, inviteId: row.id };
  }

  it("10 residents joining at once through an invite for 3: exactly 3 get in", async () => {
    const { token, inviteId } = await invite(14, 3);
    const joiners: User[] = [];
    for (let i = 0; i < 10; i++) joiners.push(await createResident());
    const before = await db().cohortMembership.count({ where: { cohortId } });
    const results = await concurrently(joiners, () => joinCohort({ token }));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r).toMatchObject({ ok: false, code: "NOT_FOUND", message: expect.stringMatching(/expired or has been used up/) });
    expect(await db().cohortMembership.count({ where: { cohortId } })).toBe(before + 3);
    expect(await db().cohortMembership.count({ where: { cohortId, userId: { in: joiners.map((j) => j.id) } } })).toBe(3);
    expect((await db().cohortInvite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(3);
  });

  it("the database refuses uses beyond max_uses", async () => {
    const { inviteId } = await invite(14, 1);
    expect(await pgErrorOf(`UPDATE cohort_invites SET uses = 2 WHERE id = $1::uuid`, [inviteId])).toEqual({
      code: "23514",
      constraint: "cohort_invites_uses_within_max",
    });
  });

  it("an expired invite is refused", async () => {
    const { token, inviteId } = await invite(1, 5);
    const early = await createResident();
    const late = await createResident();
    at(new Date(NOW.getTime() + 2 * 86_400_000));
    actAs(late.id);
    expect(await joinCohort({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().cohortMembership.count({ where: { cohortId, userId: late.id } })).toBe(0);
    expect((await db().cohortInvite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(0);
    // The same link a few hours after it was made works, so the refusal above is the expiry.
    at(new Date(NOW.getTime() + 6 * 3_600_000));
    actAs(early.id);
    expect(okData(await joinCohort({ token }))).toEqual({ cohortId });
  });

  it("a revoked invite is refused, and revoking twice is NOT_FOUND", async () => {
    const { token, inviteId } = await invite(14, 5);
    actAs(moderator.id);
    okData(await revokeInvite({ cohortId, inviteId }));
    expect(await revokeInvite({ cohortId, inviteId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const joiner = await createResident();
    actAs(joiner.id);
    expect(await joinCohort({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().cohortMembership.count({ where: { cohortId, userId: joiner.id } })).toBe(0);
    expect((await db().cohortInvite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(0);
  });

  it("a member re-joining uses nothing and keeps their role", async () => {
    const { token, inviteId } = await invite(14, 1);
    const before = await db().cohortMembership.findMany({ where: { cohortId }, orderBy: { userId: "asc" } });
    for (const u of [member, moderator]) {
      actAs(u.id);
      expect(okData(await joinCohort({ token }))).toEqual({ cohortId });
    }
    expect((await db().cohortInvite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(0);
    expect(await db().cohortMembership.findMany({ where: { cohortId }, orderBy: { userId: "asc" } })).toEqual(before);
    // The one use is still there for a newcomer.
    actAs((await createResident()).id);
    okData(await joinCohort({ token }));
    expect((await db().cohortInvite.findUniqueOrThrow({ where: { id: inviteId } })).uses).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("membership", () => {
  it("leaving ends access at once", async () => {
    const { cohortId, members } = await cohortWith(2);
    const [leaver, stayer] = members as [User, User];
    const post = await seedPost(cohortId, stayer.id);
    expect(await listIds(leaver, cohortId)).toEqual([post.id]);
    actAs(leaver.id);
    okData(await leaveCohort({ cohortId }));
    expect((await appErrorOf(listPosts(viewerOf(leaver), cohortId, {}, NOW))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getPost(viewerOf(leaver), cohortId, post.id, NOW))).code).toBe("NOT_FOUND");
    expect(await addComment({ postId: post.id, body: "Still interested?" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await leaveCohort({ cohortId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("the only moderator cannot leave while others remain, but can after appointing another", async () => {
    const { cohortId, moderator, members } = await cohortWith(1);
    const [member] = members as [User];
    actAs(moderator.id);
    expect(await leaveCohort({ cohortId })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await setMemberRole({ cohortId, userId: moderator.id, role: "MEMBER" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().cohortMembership.findUnique({ where: { cohortId_userId: { cohortId, userId: moderator.id } } })).toMatchObject({ role: "MODERATOR" });

    okData(await setMemberRole({ cohortId, userId: member.id, role: "MODERATOR" }));
    okData(await leaveCohort({ cohortId }));
    expect(await db().cohortMembership.findMany({ where: { cohortId }, select: { userId: true, role: true } })).toEqual([
      { userId: member.id, role: "MODERATOR" },
    ]);
    expect((await appErrorOf(listPosts(viewerOf(moderator), cohortId, {}, NOW))).code).toBe("NOT_FOUND");
    // The last member of all may leave.
    actAs(member.id);
    okData(await leaveCohort({ cohortId }));
    expect(await db().cohortMembership.count({ where: { cohortId } })).toBe(0);
  });

  it("removing a member ends their access; a moderator cannot remove themselves", async () => {
    const { cohortId, moderator, members } = await cohortWith(1);
    const [member] = members as [User];
    const post = await seedPost(cohortId, moderator.id);
    actAs(moderator.id);
    expect(await removeMember({ cohortId, userId: moderator.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    okData(await removeMember({ cohortId, userId: member.id }));
    expect(await removeMember({ cohortId, userId: member.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await appErrorOf(listPosts(viewerOf(member), cohortId, {}, NOW))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getPost(viewerOf(member), cohortId, post.id, NOW))).code).toBe("NOT_FOUND");
    actAs(member.id);
    expect(await reactToPost({ postId: post.id, kind: "INTEREST", on: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().postReaction.count({ where: { postId: post.id } })).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------

// Issue 13, "Cohort board": a removed member rejoined at once with the same invitation.
describe("bans", () => {
  async function inviteToken(cohortId: string, moderator: User) {
    actAs(moderator.id);
    const { url } = okData(await createInvite({ cohortId, expiresInDays: 14, maxUses: 20 }));
    return url.split("/join/")[1]!;
  }

  it("a removed member cannot come back with the same invitation or a new one until a moderator lifts the ban", async () => {
    const { cohortId, moderator } = await cohortWith(1);
    const token = await inviteToken(cohortId, moderator);
    const member = await createResident();
    actAs(member.id);
    okData(await joinCohort({ token }));

    actAs(moderator.id);
    okData(await removeMember({ cohortId, userId: member.id }));
    const usesBefore = (await db().cohortInvite.findMany({ where: { cohortId }, select: { id: true, uses: true } })).sort((a, b) => a.id.localeCompare(b.id));

    actAs(member.id);
    const again = await joinCohort({ token });
    expect(again).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringMatching(/moderator removed you/) });
    const fresh = await inviteToken(cohortId, moderator);
    actAs(member.id);
    expect(await joinCohort({ token: fresh })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().cohortMembership.count({ where: { cohortId, userId: member.id } })).toBe(0);
    // A refused join uses nothing up.
    expect(
      (await db().cohortInvite.findMany({ where: { cohortId, id: { in: usesBefore.map((u) => u.id) } }, select: { id: true, uses: true } })).sort((a, b) =>
        a.id.localeCompare(b.id),
      ),
    ).toEqual(usesBefore);
    expect((await appErrorOf(listPosts(viewerOf(member), cohortId, {}, NOW))).code).toBe("NOT_FOUND");

    // The database refuses a membership written around the actions.
    expect(await pgErrorOf(`INSERT INTO cohort_memberships (cohort_id, user_id) VALUES ($1::uuid, $2::uuid)`, [cohortId, member.id])).toEqual({
      code: "23514",
      constraint: "cohort_memberships_not_banned",
    });

    actAs(moderator.id);
    okData(await liftBan({ cohortId, userId: member.id }));
    expect(await liftBan({ cohortId, userId: member.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(member.id);
    expect(okData(await joinCohort({ token }))).toEqual({ cohortId });
    expect(await db().cohortMembership.findUnique({ where: { cohortId_userId: { cohortId, userId: member.id } } })).toMatchObject({ role: "MEMBER" });
    expect(await db().cohortBan.findMany({ where: { cohortId, userId: member.id }, select: { bannedBy: true, liftedBy: true, liftedAt: true } })).toEqual([
      { bannedBy: moderator.id, liftedBy: moderator.id, liftedAt: NOW },
    ]);
  });

  it("moderators see removed people with when they were removed; plain members do not", async () => {
    const { cohortId, moderator, members } = await cohortWith(2);
    const [removed, stayer] = members as [User, User];
    actAs(moderator.id);
    okData(await removeMember({ cohortId, userId: removed.id }));
    const seenByModerator = await getCohort(viewerOf(moderator), cohortId);
    expect(seenByModerator.memberships.map((m) => m.user.id)).not.toContain(removed.id);
    expect(seenByModerator.bans).toEqual([{ user: { id: removed.id, name: removed.name }, bannedAt: NOW }]);
    expect((await getCohort(viewerOf(stayer), cohortId)).bans).toEqual([]);
  });

  it("only moderators lift bans; a member's attempt is FORBIDDEN and the ban stays", async () => {
    const { cohortId, moderator, members } = await cohortWith(2);
    const [removed, member] = members as [User, User];
    actAs(moderator.id);
    okData(await removeMember({ cohortId, userId: removed.id }));
    actAs(member.id);
    expect(await liftBan({ cohortId, userId: removed.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(removed.id);
    expect(await liftBan({ cohortId, userId: removed.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().cohortBan.count({ where: { cohortId, userId: removed.id, liftedAt: null } })).toBe(1);
  });

  it("a ban written straight to the database ends the membership, so a ban and a membership never coexist", async () => {
    const { cohortId, moderator, members } = await cohortWith(1);
    await db().cohortBan.create({ data: { cohortId, userId: members[0]!.id, bannedBy: moderator.id } });
    expect(await db().cohortMembership.count({ where: { cohortId, userId: members[0]!.id } })).toBe(0);
  });

  it("joins racing a removal never leave a banned person inside", async () => {
    for (let round = 0; round < 5; round++) {
      const { cohortId, moderator } = await cohortWith(0);
      const token = await inviteToken(cohortId, moderator);
      const member = await createResident();
      actAs(member.id);
      okData(await joinCohort({ token }));
      // The removal and several re-joins with a live invitation, all at once.
      const joins = Array.from({ length: 4 }, () => {
        actAs(member.id);
        return joinCohort({ token });
      });
      actAs(moderator.id);
      const removal = removeMember({ cohortId, userId: member.id });
      const results = await Promise.all([removal, ...joins]);
      expect(results[0]).toMatchObject({ ok: true });
      for (const r of results.slice(1)) if (!r.ok) expect(r.code).toBe("FORBIDDEN");
      expect(await db().cohortMembership.count({ where: { cohortId, userId: member.id } }), `round ${round}`).toBe(0);
      expect(await db().cohortBan.count({ where: { cohortId, userId: member.id, liftedAt: null } })).toBe(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("keyset pagination, search and filters", () => {
  let cohortId: string;
  let viewer: User;
  let expected: { id: string; createdAt: Date }[];
  let nephrologyId: string;
  const KINDS = ["OPENING", "LEADERSHIP_CHANGE", "AFFILIATE_POSITIONS", "VACANCY_SOAP_INTEL", "OTHER"] as const;
  const SPECIALTIES = ["neurology", "dermatology", "internal-medicine"] as const;

  beforeAll(async () => {
    const c = await cohortWith(1);
    cohortId = c.cohortId;
    viewer = c.members[0]!;
    const base = NOW.getTime() - 86_400_000;
    // 45 visible posts; every three share one created_at, so page boundaries (after 20 and 40) fall inside a group.
    const data: Prisma.BoardPostCreateManyInput[] = Array.from({ length: 45 }, (_, i) => ({
      id: randomUUID(),
      cohortId,
      authorId: c.moderator.id,
      kind: KINDS[i % 5]!,
      openingLevel: KINDS[i % 5] === "OPENING" ? "PGY2" : null,
      specialty: SPECIALTIES[i % 3]!,
      programName: `Program ${i}`,
      institution: "Riverside University Hospital",
      title: `Position update ${i}`,
      body: i === 17 ? "A PGY-1 spot opened after a resident left for a nephrology fellowship." : `A PGY-2 spot is opening at program ${i} for July.`,
      evidenceKind: "RUMOUR",
      heardOn: addDaysUtc(NOW, -2),
      heardHow: "Heard at noon conference",
      createdAt: new Date(base - Math.floor(i / 3) * 60_000),
    }));
    await db().boardPost.createMany({ data });
    // A hidden post in the middle must not leave a gap or a duplicate.
    await seedPost(cohortId, c.moderator.id, { status: "HIDDEN", createdAt: new Date(base - 7 * 60_000) });
    nephrologyId = data[17]!.id!;
    expected = data
      .map((d) => ({ id: d.id!, createdAt: d.createdAt as Date }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    expect(new Set(expected.map((e) => e.createdAt.getTime())).size).toBe(15);
  });

  it("45 posts come in pages of 20, 20 and 5, newest first, without duplicates or gaps", async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listPosts(viewerOf(viewer), cohortId, { cursor }, NOW);
      pages.push(page.posts.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 5);
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    const all = pages.flat();
    expect(new Set(all).size).toBe(45);
    expect(all).toEqual(expected.map((e) => e.id));
  });

  it("a post added after page 1 does not shift pages 2 and 3", async () => {
    const first = await listPosts(viewerOf(viewer), cohortId, {}, NOW);
    const newest = await seedPost(cohortId, viewer.id, { createdAt: NOW });
    try {
      const second = await listPosts(viewerOf(viewer), cohortId, { cursor: first.nextCursor! }, NOW);
      const third = await listPosts(viewerOf(viewer), cohortId, { cursor: second.nextCursor! }, NOW);
      expect([...first.posts, ...second.posts, ...third.posts].map((p) => p.id)).toEqual(expected.map((e) => e.id));
      expect(third.nextCursor).toBeNull();
      expect((await listIds(viewer, cohortId))[0]).toBe(newest.id);
    } finally {
      await db().boardPost.delete({ where: { id: newest.id } });
    }
  });

  it("a malformed cursor starts from the top instead of failing", async () => {
    expect(await listIds(viewer, cohortId, { cursor: "bm90LWEtY3Vyc29y" })).toEqual(expected.slice(0, PAGE_SIZE).map((e) => e.id));
  });

  it("full-text search for nephrology finds only the post about a nephrology fellowship", async () => {
    expect(await listIds(viewer, cohortId, { q: "nephrology" })).toEqual([nephrologyId]);
    expect(await listIds(viewer, cohortId, { q: "dermatology" })).toEqual([]);
  });

  it("kind and specialty filters return exactly the matching posts", async () => {
    const rows = await db().boardPost.findMany({ where: { cohortId, status: "VISIBLE" }, select: { id: true, kind: true, specialty: true, createdAt: true } });
    const sorted = (list: typeof rows) => expected.map((e) => e.id).filter((id) => list.some((r) => r.id === id));
    const leadership = await listIds(viewer, cohortId, { kind: "LEADERSHIP_CHANGE" });
    expect(leadership).toHaveLength(9);
    expect(leadership).toEqual(sorted(rows.filter((r) => r.kind === "LEADERSHIP_CHANGE")));
    const dermatology = await listIds(viewer, cohortId, { specialty: "dermatology" });
    expect(dermatology).toHaveLength(15);
    expect(dermatology).toEqual(sorted(rows.filter((r) => r.specialty === "dermatology")));
    const both = await listIds(viewer, cohortId, { kind: "OPENING", specialty: "neurology" });
    expect(both).toEqual(sorted(rows.filter((r) => r.kind === "OPENING" && r.specialty === "neurology")));
    expect(both).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("comments and rate limits", () => {
  let cohortId: string;
  let members: User[];
  beforeAll(async () => {
    ({ cohortId, members } = await cohortWith(3));
  });

  it("one level of replies; a reply to a reply is VALIDATION and the database refuses it too", async () => {
    const post = await seedPost(cohortId, members[0]!.id);
    actAs(members[1]!.id);
    const top = okData(await addComment({ postId: post.id, body: "Does anyone know if they sponsor H-1B?" })).id;
    actAs(members[2]!.id);
    const reply = okData(await addComment({ postId: post.id, parentId: top, body: "J-1 only, per the coordinator." })).id;
    actAs(members[1]!.id);
    expect(await addComment({ postId: post.id, parentId: reply, body: "Thanks!" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db().postComment.count({ where: { postId: post.id } })).toBe(2);
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).commentCount).toBe(2);

    const insert = `INSERT INTO post_comments (post_id, author_id, parent_id, body) VALUES ($1::uuid, $2::uuid, $3::uuid, 'raw reply')`;
    expect(await pgErrorOf(insert, [post.id, members[1]!.id, reply])).toEqual({ code: "23514", constraint: "post_comments_one_level" });
    // A parent on another post is refused by the action and by the trigger.
    const other = await seedPost(cohortId, members[0]!.id);
    expect(await addComment({ postId: other.id, parentId: top, body: "Cross-post reply" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await pgErrorOf(insert, [other.id, members[1]!.id, top])).toEqual({ code: "23514", constraint: "post_comments_one_level" });
    expect(await pgErrorOf(insert, [post.id, members[1]!.id, top])).toBeNull();

    const detail = await getPost(viewerOf(members[0]!), cohortId, post.id, NOW);
    expect(detail.comments.map((c) => ({ id: c.id, replies: c.replies.map((r) => r.body) }))[0]).toEqual({
      id: top,
      replies: ["J-1 only, per the coordinator.", "raw reply"],
    });
  });

  it("the 21st comment within 10 minutes is RATE_LIMITED", async () => {
    const talker = await memberOf(cohortId);
    const post = await seedPost(cohortId, members[0]!.id);
    actAs(talker.id);
    for (let i = 1; i <= 20; i++) okData(await addComment({ postId: post.id, body: `Comment number ${i} about the interview dates.` }));
    const limited = await addComment({ postId: post.id, body: "One more." });
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED", detail: { retryAfterMs: expect.any(Number) } });
    expect((await db().boardPost.findUniqueOrThrow({ where: { id: post.id } })).commentCount).toBe(20);
    expect(await db().postComment.count({ where: { postId: post.id } })).toBe(20);
  });

  it("the 6th post within 10 minutes is RATE_LIMITED", async () => {
    const poster = await memberOf(cohortId);
    actAs(poster.id);
    for (let i = 1; i <= 5; i++) okData(await createPost(postInput(cohortId, { title: `PGY-2 neurology spot, lead ${i}` })));
    expect(await createPost(postInput(cohortId, { title: "PGY-2 neurology spot, lead 6" }))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await db().boardPost.count({ where: { authorId: poster.id } })).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("edits keep history", () => {
  it("the author's edit stores the previous title and body; another member's or a moderator's edit is NOT_FOUND", async () => {
    const { cohortId, moderator, members } = await cohortWith(2);
    const [author, other] = members as [User, User];
    actAs(author.id);
    const original = postInput(cohortId, { title: "PGY-2 neurology spot in July", body: "A PGY-2 neurology position opens in July 2027." });
    const { id } = okData(await createPost(original));
    at(new Date(NOW.getTime() + 3_600_000));
    okData(
      await updatePost({
        postId: id,
        ...original,
        title: "PGY-2 neurology spot in January",
        body: "Correction: the PGY-2 neurology position opens in January 2027.",
      }),
    );

    const revisions = await db().postRevision.findMany({ where: { postId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      editorId: author.id,
      previous: expect.objectContaining({ title: "PGY-2 neurology spot in July", body: "A PGY-2 neurology position opens in July 2027." }),
    });
    const row = await db().boardPost.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "PGY-2 neurology spot in January", editedAt: new Date(NOW.getTime() + 3_600_000) });
    const detail = await getPost(viewerOf(other), cohortId, id, NOW);
    expect(detail.revisions.map((r) => r.title)).toEqual(["PGY-2 neurology spot in July"]);

    for (const intruder of [other, moderator]) {
      actAs(intruder.id);
      expect(await updatePost({ postId: id, ...original, title: "Hijacked title" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().postRevision.count({ where: { postId: id } })).toBe(1);
    expect(await db().boardPost.findUniqueOrThrow({ where: { id } })).toEqual(row);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("openings by month and matching openings", () => {
  it("openingsByMonth returns the last 12 months with openings and vacancy intel counted per month", async () => {
    const { cohortId, moderator, members } = await cohortWith(1);
    const other = await cohortWith(0);
    const at = (iso: string) => new Date(iso);
    const seed = (kind: Prisma.BoardPostUncheckedCreateInput["kind"], createdAt: Date, extra: Partial<Prisma.BoardPostUncheckedCreateInput> = {}) =>
      seedPost(extra.cohortId ?? cohortId, moderator.id, { kind, openingLevel: kind === "OPENING" ? "PGY2" : null, createdAt, ...extra });
    await seed("OPENING", at("2026-03-05T12:00:00Z"));
    await seed("OPENING", at("2026-03-20T12:00:00Z"));
    await seed("AFFILIATE_POSITIONS", at("2026-03-11T12:00:00Z"));
    for (const day of ["12", "13", "14"]) await seed("VACANCY_SOAP_INTEL", at(`2026-03-${day}T12:00:00Z`));
    await seed("OPENING", at("2026-01-15T12:00:00Z"));
    await seed("OPENING", at("2026-11-02T12:00:00Z"));
    await seed("LEADERSHIP_CHANGE", at("2026-11-03T12:00:00Z"));
    await seed("OTHER", at("2026-07-03T12:00:00Z"));
    await seed("OPENING", at("2026-06-10T12:00:00Z"), { status: "REMOVED" });
    await seed("OPENING", at("2025-11-10T12:00:00Z")); // 12 months back: outside the window
    await seed("OPENING", at("2026-03-10T12:00:00Z"), { cohortId: other.cohortId });

    const chart = await openingsByMonth(viewerOf(members[0]!), cohortId, NOW);
    expect(chart.map((m) => m.month)).toEqual(["2025-12", ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)]);
    const nonZero = chart.filter((m) => m.openings || m.vacancyIntel);
    expect(nonZero).toEqual([
      { month: "2026-01", openings: 1, vacancyIntel: 0 },
      { month: "2026-03", openings: 3, vacancyIntel: 3 },
      { month: "2026-11", openings: 1, vacancyIntel: 0 },
    ]);
  });

  it("matchingOpenings lists only openings in the viewer's cohorts in their target specialty", async () => {
    const mine = await cohortWith(1);
    const theirs = await cohortWith(0);
    const viewer = mine.members[0]!;
    await db().target.create({ data: { residentId: viewer.id, specialty: "neurology", geoStance: "ANYWHERE" } });
    const author = mine.moderator.id;
    const recent = new Date(NOW.getTime() - 5 * 86_400_000);
    const wanted = [
      await seedPost(mine.cohortId, author, { kind: "OPENING", openingLevel: "PGY2", specialty: "neurology", createdAt: recent }),
      await seedPost(mine.cohortId, author, {
        kind: "VACANCY_SOAP_INTEL",
        openingLevel: null,
        specialty: "neurology",
        createdAt: new Date(recent.getTime() - 60_000),
      }),
      await seedPost(mine.cohortId, author, {
        kind: "AFFILIATE_POSITIONS",
        openingLevel: null,
        specialty: "neurology",
        createdAt: new Date(recent.getTime() - 120_000),
      }),
    ];
    await seedPost(theirs.cohortId, theirs.moderator.id, { kind: "OPENING", openingLevel: "PGY2", specialty: "neurology", createdAt: recent });
    await seedPost(mine.cohortId, author, { kind: "OPENING", openingLevel: "PGY2", specialty: "dermatology", createdAt: recent });
    await seedPost(mine.cohortId, author, { kind: "LEADERSHIP_CHANGE", openingLevel: null, specialty: "neurology", createdAt: recent });
    await seedPost(mine.cohortId, author, { kind: "OPENING", openingLevel: "PGY2", specialty: "neurology", status: "HIDDEN", createdAt: recent });
    await seedPost(mine.cohortId, author, {
      kind: "OPENING",
      openingLevel: "PGY2",
      specialty: "neurology",
      createdAt: new Date(NOW.getTime() - 90 * 86_400_000),
    });

    const found = await matchingOpenings(viewerOf(viewer), "neurology", NOW);
    expect(found.map((p) => p.id)).toEqual(wanted.map((p) => p.id));
    expect(new Set(found.map((p) => p.cohortId))).toEqual(new Set([mine.cohortId]));
    // Another member's openings feed is limited to their own cohorts: the same specialty from outside sees none of mine.
    expect((await matchingOpenings(viewerOf(theirs.members[0] ?? theirs.moderator), "neurology", NOW)).map((p) => p.cohortId)).not.toContain(mine.cohortId);
    // Without a target there is nothing to match.
    expect(await matchingOpenings(viewerOf(mine.moderator), null, NOW)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("live events", () => {
  afterAll(async () => {
    // The listener connection is per process and outlives the test; close it so the worker exits cleanly.
    const holder = globalThis as unknown as { boardEvents?: { client?: pg.Client } };
    const client = holder.boardEvents?.client;
    if (holder.boardEvents) holder.boardEvents.client = undefined;
    await client?.end();
  });

  async function waitFor(predicate: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("subscribeToBoard hears a post after createPost commits", async () => {
    const { cohortId, members } = await cohortWith(1);
    const events: BoardEvent[] = [];
    const unsubscribe = await subscribeToBoard((e) => events.push(e));
    try {
      actAs(members[0]!.id);
      const { id } = okData(await createPost(postInput(cohortId)));
      await waitFor(() => events.some((e) => e.postId === id), "the post event");
      expect(events.filter((e) => e.postId === id)).toEqual([{ cohortId, type: "post", postId: id }]);
    } finally {
      unsubscribe();
    }
  });

  it("a transaction that rolls back publishes nothing, and an unsubscribed listener hears nothing", async () => {
    const cohortId = randomUUID();
    const events: BoardEvent[] = [];
    const later: BoardEvent[] = [];
    const unsubscribe = await subscribeToBoard((e) => events.push(e));
    const unsubscribeLater = await subscribeToBoard((e) => later.push(e));
    try {
      const ghost = randomUUID();
      await expect(
        db().$transaction(async (tx) => {
          await publishBoardEvent(tx, { cohortId, type: "post", postId: ghost });
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      // NOTIFY is delivered in commit order: once this later, committed event arrives, the ghost would have too.
      const sentinel = randomUUID();
      await db().$transaction((tx) => publishBoardEvent(tx, { cohortId, type: "moderation", postId: sentinel }));
      await waitFor(() => events.some((e) => e.postId === sentinel), "the committed event");
      expect(events.map((e) => e.postId)).not.toContain(ghost);
      expect(events.filter((e) => e.cohortId === cohortId)).toEqual([{ cohortId, type: "moderation", postId: sentinel }]);

      unsubscribe();
      const afterUnsubscribe = randomUUID();
      await db().$transaction((tx) => publishBoardEvent(tx, { cohortId, type: "reaction", postId: afterUnsubscribe }));
      await waitFor(() => later.some((e) => e.postId === afterUnsubscribe), "the event for the remaining listener");
      expect(events.map((e) => e.postId)).not.toContain(afterUnsubscribe);
    } finally {
      unsubscribe();
      unsubscribeLater();
    }
  });
});
