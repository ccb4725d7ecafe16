// The authorization matrix (docs/security/authorization-matrix.json) against the code. First, coverage: every
// exported server action under lib/actions and every page.tsx / route.ts under app/ has exactly one entry, every
// entry names every principal, and nothing in the matrix is stale. Then every action cell is called for real, against
// PostgreSQL, by its principal with an input aimed at the owner's records, and its outcome must be the one the
// matrix states: a refusal must write nothing anywhere, an allowed call by someone other than the owner must leave the
// owner's private workspace untouched (unless the entry says why not). Route handlers are called with a Request per
// principal and their status compared. Pages are checked over HTTP by e2e/http-probes.spec.ts.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import type pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as calendarRoute } from "@/app/api/calendar/[token]/route";
import { GET as cohortEventsRoute } from "@/app/api/cohorts/[id]/events/route";
import { GET as cohortPostsRoute } from "@/app/api/cohorts/[id]/posts/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as benchRoute } from "@/app/api/internal/bench/route";
import { GET as meExportRoute } from "@/app/api/me/export/route";
import { GET as peopleExportRoute } from "@/app/api/people/export/route";
import { GET as planLogRoute } from "@/app/api/plan/log/route";
import { GET as programsExportRoute } from "@/app/api/programs/export/route";
import { POST as unsubscribeRoute } from "@/app/api/unsubscribe/[token]/route";
import { inviteAdvisor } from "@/lib/actions/advisors/invite-advisor";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { saveDraft } from "@/lib/actions/messages/save-draft";
import { recordOverstep } from "@/lib/actions/programs/record-overstep";
import { createPerson } from "@/lib/actions/people/create-person";
import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { regenerateCalendarFeed } from "@/lib/actions/plan/regenerate-calendar-feed";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import { updateTouchpoint } from "@/lib/actions/plan/update-touchpoint";
import { createProgram } from "@/lib/actions/programs/create-program";
import type { Action, ActionResult } from "@/lib/actions/safe-action";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { logTouch } from "@/lib/actions/touches/log-touch";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { AppErrorCode } from "@/lib/errors";
import { ADVISOR_SCOPES } from "@/lib/rules/advisor-scopes";
import { publishBoardEvent } from "@/lib/server/board/events";
import { digestUnsubscribeToken } from "@/lib/server/plan/digest";
import { createInvite as createCohortInvite } from "@/lib/server/cohorts/invites";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { issueToken } from "@/lib/server/auth/tokens";
import { withTestDatabase } from "@/lib/testing/db";
import { buildEvidenceRecords, evidenceInputsByMatrixKey, type EvidenceIds } from "@/lib/testing/evidence-fixture";
import { createAdvisor, createCohort, createResident, csvUpload } from "@/lib/testing/factories";
import { endSessionNamedByCookie, openSession } from "@/lib/server/auth/sessions";
import { FACTORY_PASSWORD } from "@/lib/testing/factories";
import { actAs, actWithSession, openTestSession, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const ROOT = path.resolve(import.meta.dirname, "../..");
const MATRIX_FILE = "docs/security/authorization-matrix.json";
const E2E_SPEC = "e2e/http-probes.spec.ts";
const THIS_FILE = "lib/security-tests/authorization-matrix.test.ts";

// Inside the 2026 Match's letter-of-intent window, like advisor-access.test.ts, so message rules do not interfere.
const NOW = new Date("2026-01-20T15:00:00.000Z");
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------------------------

const PRINCIPALS = [
  "anonymous",
  "owner",
  "otherResident",
  "sameCohortMember",
  "otherCohortMember",
  "cohortModerator",
  "bannedMember",
  "advisorWithScope",
  "advisorWithoutScope",
  "revokedAdvisor",
  "expiredAdvisor",
] as const;
type Principal = (typeof PRINCIPALS)[number];
type SignedIn = Exclude<Principal, "anonymous">;
const ADVISORS = ["advisorWithScope", "advisorWithoutScope", "revokedAdvisor", "expiredAdvisor"] as const;
type AdvisorPrincipal = (typeof ADVISORS)[number];

const OUTCOMES = ["allow", "not-found", "unauthenticated", "forbidden", "redirect-login", "n/a"] as const;
type Outcome = (typeof OUTCOMES)[number];
type Entry = Record<Principal, Outcome> & { notes?: string; verifiedBy: string };
/** Principals with no column of their own: each is held to the outcomes of the principal it is the same as. */
const DERIVED = { revokedSession: "anonymous" } as const satisfies Record<string, Principal>;
type Derived = keyof typeof DERIVED;
type Caller = Principal | Derived;
type Matrix = {
  principals: Record<string, string>;
  derivedPrincipals: Record<string, { sameAs: string; description: string }>;
  outcomes: Record<string, string>;
  entries: Record<string, Entry>;
};
const CALLERS: Caller[] = [...PRINCIPALS, ...(Object.keys(DERIVED) as Derived[])];
const expectedFor = (e: Entry, caller: Caller): Outcome => e[caller in DERIVED ? DERIVED[caller as Derived] : (caller as Principal)];

const matrix = JSON.parse(readFileSync(path.join(ROOT, MATRIX_FILE), "utf8")) as Matrix;
const entryKeys = Object.keys(matrix.entries);
const actionKeys = entryKeys.filter((k) => k.startsWith("action:"));
const routeKeys = entryKeys.filter((k) => k.startsWith("route:"));
const pageKeys = entryKeys.filter((k) => k.startsWith("page:"));

function entry(key: string): Entry {
  const found = matrix.entries[key];
  if (!found) throw new Error(`${key} is not in ${MATRIX_FILE}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// What the code exports
// ---------------------------------------------------------------------------------------------------------------

const posix = (p: string) => p.split(path.sep).join("/");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Files under lib/actions that are not server-action modules, and why. Each must not be a "use server" file. */
const ACTION_HELPERS: Record<string, string> = {
  "lib/actions/safe-action.ts": "the residentAction/authedAction/publicAction wrappers themselves; a plain module, so its exports are not endpoints",
};

const actionFiles = walk(path.join(ROOT, "lib/actions"))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => posix(path.relative(ROOT, f)))
  .sort();

/** Every export of every server-action file, keyed as the matrix keys them. */
const DISCOVERED_ACTIONS = new Map<string, unknown>();
for (const rel of actionFiles) {
  if (rel in ACTION_HELPERS) continue;
  const mod = (await import(path.join(ROOT, rel))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) DISCOVERED_ACTIONS.set(`action:${rel.replace(/\.tsx?$/, "")}#${name}`, value);
}

/** "app/(app)/people/[id]/page.tsx" -> "page:/people/[id]": route groups drop out of the URL. */
function routeKeyOf(rel: string): string | null {
  const parts = rel.split("/");
  const file = parts.pop()!;
  const kind = /^page\.(tsx|ts|jsx|js)$/.test(file) ? "page" : /^route\.(ts|js)$/.test(file) ? "route" : null;
  if (!kind) return null;
  const segments = parts.slice(1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `${kind}:/${segments.join("/")}`;
}

const DISCOVERED_ROUTES = walk(path.join(ROOT, "app"))
  .map((f) => routeKeyOf(posix(path.relative(ROOT, f))))
  .filter((k): k is string => k !== null)
  .sort();

// ---------------------------------------------------------------------------------------------------------------
// The world: one owner with one of everything, and the nine other principals around them
// ---------------------------------------------------------------------------------------------------------------

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

const PRIVATE_NOTES = "Matrix marker: private note about Dr. Ramos, never outside the owner's workspace.";
const LOG_ACTION = "Matrix marker: presented a case at morning report";
const ALL_SCOPES = [...ADVISOR_SCOPES];

type World = {
  users: Record<SignedIn, User>;
  grants: Record<AdvisorPrincipal, string>;
  personId: string;
  otherPersonId: string;
  touchId: string;
  plannedMeetingId: string;
  doneMeetingId: string;
  itemId: string;
  askId: string;
  programId: string;
  loiProgramId: string;
  cycleId: string;
  /** The owner's letter of intent, waiting at the gate for "I sent it". */
  messageId: string;
  draftId: string;
  overstepId: string;
  rotationId: string;
  entryId: string;
  feedToken: string;
  invitationId: string;
  invitationToken: string;
  resetToken: string;
  cohortId: string;
  otherCohortId: string;
  postId: string;
  commentId: string;
  cohortInviteId: string;
  cohortToken: string;
  ownerSessionId: string;
  /** A session of the owner's that was signed out: what a copy of its cookie opens is the revokedSession column. */
  endedSessionId: string;
} & EvidenceIds;

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(
      `expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})} ${JSON.stringify(result.detail ?? {})}`,
    );
  return result.data;
}

const usedNames = new Set<string>();
function uniqueName(): string {
  let name: string;
  do name = `Dr. ${faker.person.firstName()} ${faker.person.lastName()}-${faker.string.alpha(5)}`;
  while (usedNames.has(name));
  usedNames.add(name);
  return name;
}

let ipCounter = 0;
/** Public actions are rate limited per address: every call comes from its own. */
function nextIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

function setRequest(user: User | null, sessionId?: string): void {
  if (user && sessionId) actWithSession(user.id, sessionId);
  else actAs(user?.id ?? null);
  testRequest.headers = new Headers({ "x-forwarded-for": nextIp(), host: "localhost:3000" });
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
}

/** The owner's records are made through the owner's own actions where there is one, as the UI would. */
async function buildWorld(): Promise<World> {
  const start = new Date(Date.UTC(2025, 6, 1));
  const owner = await createResident({ programStartDate: start });
  const otherResident = await createResident({ programStartDate: start });
  const sameCohortMember = await createResident({ programStartDate: start });
  const otherCohortMember = await createResident({ programStartDate: start });
  const cohortModerator = await createResident({ programStartDate: start });
  const bannedMember = await createResident({ programStartDate: start });
  const advisors = {
    advisorWithScope: await createAdvisor(),
    advisorWithoutScope: await createAdvisor(),
    revokedAdvisor: await createAdvisor(),
    expiredAdvisor: await createAdvisor(),
  };

  setRequest(owner);
  okData(
    await saveTargets({
      specialty: "dermatology",
      geoStance: "PREFER_REGION",
      geoDetail: "Pacific Northwest",
      planB: "RESEARCH_YEAR",
      planBDetail: "A research year.",
      unsuccessfulCycles: 1,
    }),
  );
  const base = {
    role: "ATTENDING",
    specialty: "internal-medicine",
    department: "Department of Medicine",
    institution: "Riverside University Hospital",
    tags: ["LETTER_WRITER"],
  };
  const personId = okData(await createPerson({ ...base, name: uniqueName(), email: "m.ramos@example.org", isAList: true, privateNotes: PRIVATE_NOTES })).id;
  const otherPersonId = okData(await createPerson({ ...base, name: uniqueName(), role: "PROGRAM_DIRECTOR", isAList: false })).id;
  const touchId = okData(await logTouch({ personId, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: "2026-01-12", awaitingReply: true })).id;
  const plannedMeetingId = okData(await planMeeting({ personId, kind: "INTRO", scheduledOn: "2026-01-28", questions: "How did you choose dermatology?" })).id;
  const doneMeetingId = okData(await planMeeting({ personId, kind: "ADVICE", scheduledOn: "2026-01-14" })).id;
  okData(
    await completeMeeting({
      meetingId: doneMeetingId,
      completedOn: "2026-01-14",
      advice: "Publish the case report first.",
      actionItems: "Draft the case report",
    }),
  );
  const item = await db().actionItem.findFirstOrThrow({ where: { meetingId: doneMeetingId } });
  const askId = okData(await createAsk({ personId, kind: "LETTER", status: "AGREED", askedOn: "2026-01-15", fromPrelimYear: true })).id;
  const program = {
    institution: "Riverside University Hospital",
    city: "Columbus",
    state: "OH",
    specialty: "internal-medicine",
    programType: "CATEGORICAL",
    participatesInMatch: true,
    visaSponsorship: "J1",
    imgFriendly: "YES",
    postInterviewCommunication: "YES",
    status: "INTERVIEWED",
    interviewDate: "2025-11-10",
  };
  const programId = okData(await createProgram({ ...program, name: `Riverside Internal Medicine ${faker.string.alpha(6)}` })).id;
  const loiProgramId = okData(await createProgram({ ...program, name: `Lakeshore Internal Medicine ${faker.string.alpha(6)}` })).id;
  const cycleId = (await ensureCycles(viewerOf(owner))).find((c) => c.name === "2026 Match")!.id;
  const messageId = okData(
    await recordMessage({
      programId: loiProgramId,
      cycleId,
      kind: "LETTER_OF_INTENT",
      subject: "Letter of intent",
      body: "Dear Dr. Ramos, your program is my first choice.",
    }),
  ).id;
  const draftId = okData(
    await saveDraft({ programId, cycleId, kind: "INTEREST_UPDATE", subject: "Update", body: "Dear Dr. Ramos, an update since my interview." }),
  ).id;
  const overstepId = okData(await recordOverstep({ programId, occurredOn: "2026-01-15", kind: "ASKED_RANKING", said: "Where will you rank us?" })).id;
  const rotationId = okData(await saveRotation({ startsOn: "2026-02-02", endsOn: "2026-02-27", service: "Cardiology consults", attendingIds: [personId] })).id;
  const entryId = okData(await addLogEntry({ occurredOn: "2026-01-16", service: "Wards", action: LOG_ACTION })).id;
  okData(await updateTouchpoint({ key: "early", status: "DONE", onDate: "2025-08-20" }));
  const { url: feedUrl } = okData(await regenerateCalendarFeed({}));
  const feedToken = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(feedUrl ?? "")?.[1];
  const { url: invitationUrl } = okData(await inviteAdvisor({ email: `invitee.${faker.string.alpha(10).toLowerCase()}@example.org`, scopes: ["people"] }));
  const invitationToken = /\/advisor\/accept\/([A-Za-z0-9_-]+)$/.exec(invitationUrl)?.[1];
  if (!feedToken || !invitationToken) throw new Error(`no token in ${feedUrl} or ${invitationUrl}`);
  const invitation = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: owner.id } });
  const resetToken = await issueToken(owner.id, "PASSWORD_RESET");

  // Every resident has a target, so "set my decision" means the same thing for each of them.
  await db().target.createMany({
    data: [otherResident, sameCohortMember, otherCohortMember, cohortModerator, bannedMember].map((u) => ({
      residentId: u.id,
      specialty: "neurology",
      geoStance: "ANYWHERE" as const,
    })),
  });

  const cohort = await createCohort([
    { userId: owner.id, role: "MODERATOR" },
    { userId: cohortModerator.id, role: "MODERATOR" },
    { userId: sameCohortMember.id },
  ]);
  const otherCohort = await createCohort([{ userId: otherCohortMember.id, role: "MODERATOR" }]);
  // Removed by the owner earlier: banned from cohort A.
  await db().cohortBan.create({ data: { cohortId: cohort.id, userId: bannedMember.id, bannedBy: owner.id, bannedAt: new Date(NOW.getTime() - DAY) } });
  const post = await db().boardPost.create({
    data: {
      cohortId: cohort.id,
      authorId: owner.id,
      kind: "OPENING",
      openingLevel: "CATEGORICAL_PGY1",
      specialty: "internal-medicine",
      programName: "Internal Medicine Residency",
      institution: "Dayton Medical Center",
      location: "Dayton, OH",
      title: "Categorical IM PGY-1 spot for January",
      body: "A categorical PGY-1 internal medicine position is open for a January start; the program takes J-1 visas.",
      evidenceKind: "RUMOUR",
      heardOn: new Date("2026-01-10T00:00:00Z"),
      heardHow: "Heard at morning report",
      commentCount: 1,
    },
  });
  const comment = await db().postComment.create({ data: { postId: post.id, authorId: sameCohortMember.id, body: "Is this for January or July?" } });
  setRequest(owner);
  const evidence = await buildEvidenceRecords({ personId, otherPersonId, rotationId, postId: post.id });
  setRequest(null);
  const { token: cohortToken } = await createCohortInvite(viewerOf(owner), { cohortId: cohort.id, expiresInDays: 14, maxUses: 20 }, NOW);
  const cohortInvite = await db().cohortInvite.findFirstOrThrow({ where: { cohortId: cohort.id } });
  const users: Record<SignedIn, User> = { owner, otherResident, sameCohortMember, otherCohortMember, cohortModerator, bannedMember, ...advisors };
  await db().notification.createMany({
    data: Object.values(users).map((u) => ({ userId: u.id, kind: "post.restored", message: "A moderator put your post back." })),
  });

  const grantSpec: Record<AdvisorPrincipal, { scopes: string[]; expiresAt?: Date; revokedAt?: Date }> = {
    advisorWithScope: { scopes: ALL_SCOPES },
    advisorWithoutScope: { scopes: ["loi_status"] },
    revokedAdvisor: { scopes: ALL_SCOPES, revokedAt: new Date(NOW.getTime() - DAY) },
    expiredAdvisor: { scopes: ALL_SCOPES, expiresAt: new Date(NOW.getTime() - DAY) },
  };
  const grants = {} as Record<AdvisorPrincipal, string>;
  for (const who of ADVISORS) {
    const spec = grantSpec[who];
    grants[who] = (
      await db().advisorGrant.create({
        data: { residentId: owner.id, advisorId: advisors[who].id, scopes: spec.scopes, expiresAt: spec.expiresAt ?? null, revokedAt: spec.revokedAt ?? null },
      })
    ).id;
  }
  // Everyone is signed in before any probe, so a probe's own request writes no session row.
  const sessionIds = {} as Record<SignedIn, string>;
  for (const who of SIGNED_IN) sessionIds[who] = await openTestSession(users[who].id);
  const endedSessionId = await openSession(owner.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
  await endSessionNamedByCookie(endedSessionId);
  setRequest(null);
  return {
    users,
    grants,
    personId,
    otherPersonId,
    touchId,
    plannedMeetingId,
    doneMeetingId,
    itemId: item.id,
    askId,
    programId,
    loiProgramId,
    cycleId,
    messageId,
    draftId,
    overstepId,
    rotationId,
    entryId,
    feedToken,
    invitationId: invitation.id,
    invitationToken,
    resetToken,
    cohortId: cohort.id,
    otherCohortId: otherCohort.id,
    postId: post.id,
    commentId: comment.id,
    cohortInviteId: cohortInvite.id,
    cohortToken,
    ownerSessionId: sessionIds.owner,
    endedSessionId,
    ...evidence,
  };
}

const userOf = (w: World, p: Caller): User | null => (p === "anonymous" ? null : p === "revokedSession" ? w.users.owner : w.users[p]);
/** Makes the next calls come from this caller: a user through their live session, or the owner's ended one. */
const callAs = (w: World, p: Caller) => setRequest(userOf(w, p), p === "revokedSession" ? w.endedSessionId : undefined);

// ---------------------------------------------------------------------------------------------------------------
// Database snapshots
// ---------------------------------------------------------------------------------------------------------------

const uuid = (value: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(value)) throw new Error(`not a uuid: ${value}`);
  return value;
};

/**
 * A hash of every row of every table: a refused call must not write anywhere, not even a rate-limit counter. A
 * session's last_seen_at is left out: any signed-in request may move it (at most once a minute), refused or not.
 */
async function wholeDatabase(): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const rowOf = (table: string) => (table === "sessions" ? "(x.id, x.user_id, x.user_agent, x.created_at, x.expires_at)" : "x");
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t.tablename}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(${rowOf(t.tablename)}::text, '|' ORDER BY ${rowOf(t.tablename)}::text)), '') AS h FROM "${t.tablename}" x`,
    )
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.h]));
}

let privateTables: { table: string; column: string }[] | undefined;
/** The owner's private workspace, table by table: every row keyed by their resident id, their profile and user row. */
async function ownerWorkspace(w: World): Promise<Record<string, string>> {
  privateTables ??= [
    ...(await db().$queryRaw<{ table: string; column: string }[]>`
      SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'resident_id' ORDER BY table_name`),
    { table: "resident_profiles", column: "user_id" },
    { table: "users", column: "id" },
  ];
  const id = uuid(w.users.owner.id);
  const sql = privateTables
    .map(
      ({ table, column }) =>
        `SELECT '${table}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${table}" x WHERE x."${column}" = '${id}'::uuid`,
    )
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.h]));
}

const changedTables = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b })
    .filter((k) => a[k] !== b[k])
    .sort();

// ---------------------------------------------------------------------------------------------------------------
// One input per action, aimed at the owner's records
// ---------------------------------------------------------------------------------------------------------------

type Ctx = World & { principal: Caller; caller: User | null };
type Builder = {
  input: (c: Ctx) => Record<string, unknown>;
  /**
   * For "allow" cells whose call passes authorization and then stops at a rule about the caller's own data: the one
   * failure code accepted as "allow" for that principal. Anything else must be ok:true.
   */
  pastAuth?: Partial<Record<Caller, AppErrorCode>>;
  /** Owner tables an allowed call by someone else changes by design (the matrix notes say why). */
  ownerWrites?: string[];
};

const postInput = (cohortId: string, overrides: Record<string, unknown> = {}) => ({
  cohortId,
  kind: "OPENING",
  openingLevel: "PGY2",
  specialty: "neurology",
  programName: "Neurology Residency",
  institution: "Columbus University Hospital",
  location: "Columbus, OH",
  title: "PGY-2 neurology position opening for July 2027",
  body: "An unexpected PGY-2 position opened for July 2027. Applications go through ERAS; interviews are virtual.",
  evidenceKind: "RUMOUR",
  heardOn: "2026-01-18",
  heardHow: "From a co-resident on nights",
  acknowledgedPersonWarning: false,
  ...overrides,
});
const personInput = (overrides: Record<string, unknown> = {}) => ({
  name: uniqueName(),
  role: "ATTENDING",
  specialty: "internal-medicine",
  tags: ["LETTER_WRITER"],
  isAList: true,
  ...overrides,
});
const programInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Matrix Program ${faker.string.alpha(8)}`,
  institution: "Matrix General Hospital",
  programType: "CATEGORICAL",
  participatesInMatch: true,
  visaSponsorship: "J1",
  postInterviewCommunication: "YES",
  status: "RANKED",
  ...overrides,
});
const profileInput = {
  track: "PRELIM_MEDICINE",
  programName: "Preliminary Internal Medicine",
  institution: "Matrix General Hospital",
  programStartDate: "2025-07-01",
  isImg: "yes",
  visaStatus: "J1",
};
const freshEmail = (what: string) => `${what}.${faker.string.alpha(12).toLowerCase()}@example.org`;
const SIGNED_IN = PRINCIPALS.filter((p): p is SignedIn => p !== "anonymous");
const NEW_PASSWORD = "a brand new password for the owner";

const BUILDERS: Record<string, Builder> = {
  // Projects, feedback, the brag sheet, mentors, playbooks and the watchlist: inputs shared with the other suites.
  ...Object.fromEntries(Object.entries(evidenceInputsByMatrixKey<Ctx>()).map(([key, input]) => [key, { input }])),
  // Deleting an advisor's account ends their grant at once (the grant row goes with the account): by design.
  "action:lib/actions/account/change-password#changePassword": {
    input: () => ({ currentPassword: FACTORY_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  },
  "action:lib/actions/account/sign-out-everywhere#signOutEverywhere": { input: () => ({}) },
  "action:lib/actions/account/sign-out-session#signOutSession": { input: (c) => ({ sessionId: c.ownerSessionId }) },
  "action:lib/actions/account/delete-account#deleteAccount": {
    input: (c) => ({ confirmation: c.caller?.email ?? c.users.owner.email }),
    ownerWrites: ["advisor_grants"],
  },
  "action:lib/actions/advisors/accept-invitation#acceptInvitation": {
    input: (c) => ({ token: c.invitationToken }),
    ownerWrites: ["advisor_invitations", "advisor_grants"],
  },
  "action:lib/actions/advisors/invite-advisor#inviteAdvisor": { input: () => ({ email: freshEmail("invitee"), scopes: ["people"] }) },
  "action:lib/actions/advisors/revoke-grant#revokeGrant": { input: (c) => ({ grantId: c.grants.advisorWithScope }) },
  "action:lib/actions/advisors/revoke-invitation#revokeInvitation": { input: (c) => ({ invitationId: c.invitationId }) },
  "action:lib/actions/advisors/update-grant#updateGrant": { input: (c) => ({ grantId: c.grants.advisorWithScope, scopes: ALL_SCOPES }) },
  "action:lib/actions/asks/create-ask#createAsk": { input: (c) => ({ personId: c.personId, kind: "INTRODUCTION", status: "PLANNED" }) },
  "action:lib/actions/asks/delete-ask#deleteAsk": { input: (c) => ({ askId: c.askId }) },
  "action:lib/actions/asks/update-ask#updateAsk": {
    input: (c) => ({ askId: c.askId, personId: c.personId, kind: "LETTER", status: "DECLINED", askedOn: "2026-01-15", respondedOn: "2026-01-19" }),
  },
  "action:lib/actions/auth/request-link#requestEmailLink": { input: (c) => ({ email: c.users.owner.email, purpose: "MAGIC_LINK" }) },
  "action:lib/actions/auth/reset-password#resetPassword": {
    input: (c) => ({ token: c.resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ownerWrites: ["users"],
  },
  "action:lib/actions/auth/sign-up#signUp": {
    input: () => ({ name: "Second Account", email: freshEmail("second"), password: "a password for the second account" }),
  },
  "action:lib/actions/board/add-comment#addComment": {
    input: (c) => ({ postId: c.postId, parentId: c.commentId, body: "I heard the same from the chief residents." }),
  },
  "action:lib/actions/board/create-post#createPost": { input: (c) => postInput(c.cohortId) },
  "action:lib/actions/board/flag-post#flagPost": {
    input: (c) => ({ postId: c.postId, reason: "FALSE", note: "The program says it is full." }),
    pastAuth: { owner: "RULE_VIOLATION" },
  },
  "action:lib/actions/board/mark-notifications-read#markNotificationsRead": { input: () => ({}) },
  "action:lib/actions/board/moderate-post#moderatePost": { input: (c) => ({ postId: c.postId, decision: "REMOVE" }) },
  "action:lib/actions/board/react-to-post#reactToPost": { input: (c) => ({ postId: c.postId, kind: "INTEREST", on: true }) },
  "action:lib/actions/board/update-post#updatePost": {
    input: (c) => ({ postId: c.postId, ...postInput(c.cohortId, { title: "Rewritten PGY-2 neurology opening" }) }),
  },
  "action:lib/actions/cohorts/create-cohort#createCohort": {
    input: () => ({
      name: `Prelim IM 2026-27, ${faker.location.city()} General`,
      programName: "Preliminary Internal Medicine",
      institution: "Matrix General Hospital",
      year: 2026,
      track: "PRELIM_MEDICINE",
    }),
  },
  "action:lib/actions/cohorts/create-invite#createInvite": { input: (c) => ({ cohortId: c.cohortId, expiresInDays: 7, maxUses: 5 }) },
  "action:lib/actions/cohorts/join-cohort#joinCohort": { input: (c) => ({ token: c.cohortToken }) },
  "action:lib/actions/cohorts/leave-cohort#leaveCohort": { input: (c) => ({ cohortId: c.cohortId }) },
  "action:lib/actions/cohorts/lift-ban#liftBan": { input: (c) => ({ cohortId: c.cohortId, userId: c.users.bannedMember.id }) },
  "action:lib/actions/cohorts/remove-member#removeMember": { input: (c) => ({ cohortId: c.cohortId, userId: c.users.sameCohortMember.id }) },
  "action:lib/actions/cohorts/revoke-invite#revokeInvite": { input: (c) => ({ cohortId: c.cohortId, inviteId: c.cohortInviteId }) },
  "action:lib/actions/cohorts/set-member-role#setMemberRole": {
    input: (c) => ({ cohortId: c.cohortId, userId: c.users.sameCohortMember.id, role: "MODERATOR" }),
  },
  "action:lib/actions/meetings/cancel-meeting#cancelMeeting": { input: (c) => ({ meetingId: c.plannedMeetingId }) },
  "action:lib/actions/meetings/complete-meeting#completeMeeting": {
    input: (c) => ({ meetingId: c.plannedMeetingId, completedOn: "2026-01-19", actionItems: "Send the abstract" }),
  },
  "action:lib/actions/meetings/mark-reported-back#markReportedBack": { input: (c) => ({ meetingId: c.doneMeetingId }) },
  "action:lib/actions/meetings/plan-meeting#planMeeting": { input: (c) => ({ personId: c.personId, kind: "ADVICE", scheduledOn: "2026-02-10" }) },
  "action:lib/actions/meetings/update-action-item#updateActionItem": { input: (c) => ({ itemId: c.itemId, meetingId: c.doneMeetingId, status: "DONE" }) },
  "action:lib/actions/meetings/update-meeting-prep#updateMeetingPrep": {
    input: (c) => ({ meetingId: c.plannedMeetingId, prepCv: true, prepGoals: true, prepQuestions: true, questions: "What makes a strong reapplicant?" }),
  },
  "action:lib/actions/messages/record-message#recordMessage": {
    input: (c) => ({
      programId: c.programId,
      cycleId: c.cycleId,
      kind: "THANK_YOU",
      subject: "Thank you",
      body: "Thank you for the interview day; I enjoyed meeting the residents.",
      confirmWarnings: ["late-thank-you"],
    }),
  },
  "action:lib/actions/messages/answer-message#answerMessage": { input: (c) => ({ messageId: c.messageId, sent: true }) },
  "action:lib/actions/messages/delete-draft#deleteDraft": { input: (c) => ({ draftId: c.draftId }) },
  "action:lib/actions/messages/save-draft#saveDraft": {
    input: (c) => ({ draftId: c.draftId, programId: c.programId, cycleId: c.cycleId, kind: "INTEREST_UPDATE", subject: "Update", body: "Rewritten." }),
  },
  "action:lib/actions/messages/save-rank-order#saveRankOrder": { input: (c) => ({ cycleId: c.cycleId, programIds: [c.programId, c.loiProgramId] }) },
  "action:lib/actions/programs/delete-overstep#deleteOverstep": { input: (c) => ({ overstepId: c.overstepId }) },
  "action:lib/actions/programs/dismiss-season-task#dismissSeasonTask": {
    input: (c) => ({ programId: c.programId, kind: "THANK_YOU", interviewDate: "2025-11-10" }),
  },
  "action:lib/actions/programs/record-overstep#recordOverstep": {
    input: (c) => ({ programId: c.programId, occurredOn: "2026-01-19", kind: "OFFERED_COMMITMENT", said: "Rank us first and we will rank you to match." }),
  },
  "action:lib/actions/programs/save-impressions#saveImpressions": { input: (c) => ({ programId: c.programId, liked: "The ambulatory block." }) },
  "action:lib/actions/people/create-person#createPerson": { input: () => personInput() },
  "action:lib/actions/people/delete-person#deletePerson": { input: (c) => ({ personId: c.personId }) },
  "action:lib/actions/people/import-people#importPeople": { input: () => csvUpload(`name,role,a_list\n${uniqueName()},Attending,yes\n`) },
  "action:lib/actions/people/set-a-list#setAList": { input: (c) => ({ personId: c.personId, isAList: false }) },
  "action:lib/actions/people/update-person#updatePerson": { input: (c) => ({ personId: c.personId, ...personInput({ name: uniqueName() }) }) },
  "action:lib/actions/plan/add-log-entry#addLogEntry": { input: () => ({ occurredOn: "2026-01-19", action: "Presented at journal club" }) },
  "action:lib/actions/plan/complete-prompt#completePrompt": { input: (c) => ({ rotationId: c.rotationId, promptKey: "before", logTouch: true }) },
  "action:lib/actions/plan/delete-log-entry#deleteLogEntry": { input: (c) => ({ entryId: c.entryId }) },
  "action:lib/actions/plan/delete-rotation#deleteRotation": { input: (c) => ({ rotationId: c.rotationId }) },
  "action:lib/actions/plan/log-outreach#logOutreach": { input: (c) => ({ personId: c.personId, templateKey: "thank-you-update", subject: "Thank you" }) },
  "action:lib/actions/plan/regenerate-calendar-feed#regenerateCalendarFeed": { input: () => ({}) },
  "action:lib/actions/plan/save-rotation#saveRotation": {
    input: (c) => ({ rotationId: c.rotationId, startsOn: "2026-03-02", endsOn: "2026-03-27", service: "Nephrology consults", attendingIds: [c.otherPersonId] }),
  },
  "action:lib/actions/plan/set-digest-enabled#setDigestEnabled": { input: () => ({ enabled: false }) },
  "action:lib/actions/plan/set-late-start-step#setLateStartStep": { input: () => ({ key: "see-pd", done: true }) },
  "action:lib/actions/plan/save-digest-schedule#saveDigestSchedule": { input: () => ({ weekday: "1", hour: "7", timeZone: "America/Chicago" }) },
  // The owner's signed token is the credential: whoever holds it turns the owner's digest off, by design.
  "action:lib/actions/account/unsubscribe-digest#unsubscribeDigest": {
    input: (c) => ({ token: digestUnsubscribeToken(c.users.owner.id) }),
    ownerWrites: ["users"],
  },
  "action:lib/actions/plan/set-phase-done#setPhaseDone": { input: () => ({ key: "statement", done: true }) },
  "action:lib/actions/plan/update-touchpoint#updateTouchpoint": {
    input: () => ({ key: "mid-year", status: "DONE", onDate: "2026-01-19", notes: "Mid-year update with the PD." }),
  },
  "action:lib/actions/profile/complete-onboarding#completeOnboarding": {
    input: () => ({ role: "RESIDENT", ...profileInput }),
    pastAuth: Object.fromEntries(SIGNED_IN.map((p) => [p, "CONFLICT"])),
  },
  "action:lib/actions/profile/update-profile#updateProfile": { input: (c) => ({ name: c.caller?.name ?? "Nobody", ...profileInput }) },
  "action:lib/actions/programs/create-program#createProgram": { input: () => programInput() },
  "action:lib/actions/programs/delete-program#deleteProgram": { input: (c) => ({ programId: c.programId }) },
  "action:lib/actions/programs/import-programs#importPrograms": {
    input: () => csvUpload(`name,institution,program_type\nImported ${faker.string.alpha(8)},Matrix General,CATEGORICAL\n`),
  },
  "action:lib/actions/programs/set-soap-contact#setSoapContact": { input: (c) => ({ programId: c.programId, on: "2026-01-19" }) },
  "action:lib/actions/programs/update-cycle#updateCycle": {
    input: (c) => ({
      cycleId: c.cycleId,
      applicationsOpen: "2025-09-24",
      rankListDeadline: "2026-03-04",
      matchWeekMonday: "2026-03-16",
      soapEnd: "2026-03-19",
      matchDay: "2026-03-20",
      trainingStart: "2026-07-01",
    }),
  },
  "action:lib/actions/programs/update-program#updateProgram": { input: (c) => ({ programId: c.programId, ...programInput() }) },
  "action:lib/actions/targets/save-targets#saveTargets": { input: () => ({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }) },
  "action:lib/actions/targets/set-decision#setDecision": {
    input: () => ({ decision: "PIVOT", pivotSpecialty: "radiation-oncology", pivotPath: "Radiation oncology" }),
  },
  "action:lib/actions/touches/delete-touch#deleteTouch": { input: (c) => ({ touchId: c.touchId, personId: c.personId }) },
  "action:lib/actions/touches/log-touch#logTouch": { input: (c) => ({ personId: c.personId, kind: "UPDATE", channel: "EMAIL", occurredOn: "2026-01-19" }) },
  "action:lib/actions/touches/mark-reply-received#markReplyReceived": { input: (c) => ({ touchId: c.touchId, personId: c.personId }) },
};

function outcomeOf(result: ActionResult<unknown>, accepted: AppErrorCode | undefined): Outcome | string {
  if (result.ok) return "allow";
  if (result.code === "NOT_FOUND") return "not-found";
  if (result.code === "UNAUTHENTICATED") return "unauthenticated";
  if (result.code === "FORBIDDEN") return "forbidden";
  if (accepted && result.code === accepted) return "allow";
  return `${result.code} (${result.message} ${JSON.stringify(result.fieldErrors ?? {})} ${JSON.stringify(result.detail ?? {})})`;
}

// ---------------------------------------------------------------------------------------------------------------

let shared: World;

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  shared = await buildWorld();
}, 120_000);

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

describe("the matrix file", () => {
  it("names exactly the eleven principals, and every entry maps each of them to a known outcome", () => {
    expect(Object.keys(matrix.principals)).toEqual([...PRINCIPALS]);
    expect(Object.fromEntries(Object.entries(matrix.derivedPrincipals).map(([k, v]) => [k, v.sameAs]))).toEqual(DERIVED);
    expect(Object.keys(matrix.outcomes).sort()).toEqual([...OUTCOMES].sort());
    for (const [key, e] of Object.entries(matrix.entries)) {
      expect(Object.keys(e).sort(), key).toEqual([...PRINCIPALS, "verifiedBy", ...(e.notes !== undefined ? ["notes"] : [])].sort());
      for (const p of PRINCIPALS) expect(OUTCOMES, `${key} / ${p}`).toContain(e[p]);
    }
  });

  it("uses n/a only with a note saying why, redirect-login only on pages, and documents every entry", () => {
    for (const [key, e] of Object.entries(matrix.entries)) {
      expect(e.notes?.length ?? 0, `${key} has no notes`).toBeGreaterThan(20);
      for (const p of PRINCIPALS) {
        if (e[p] === "n/a") expect(e.notes, `${key} / ${p}`).toMatch(/n\/a/);
        if (e[p] === "redirect-login") expect(key.startsWith("page:"), `${key} / ${p}`).toBe(true);
        if (e[p] === "n/a") expect(key.startsWith("page:"), `${key} / ${p}: n/a is for pages only`).toBe(true);
      }
    }
  });

  it("has one entry per exported server action, none stale, and every export is a function", () => {
    expect(DISCOVERED_ACTIONS.size).toBeGreaterThan(55);
    for (const [key, value] of DISCOVERED_ACTIONS) expect(typeof value, key).toBe("function");
    expect(actionKeys.sort()).toEqual([...DISCOVERED_ACTIONS.keys()].sort());
  });

  it("finds only server-action files under lib/actions besides the listed helpers, which are not 'use server' files", () => {
    for (const rel of actionFiles) {
      const source = readFileSync(path.join(ROOT, rel), "utf8");
      if (rel in ACTION_HELPERS) expect(source, `${rel} (${ACTION_HELPERS[rel]})`).not.toMatch(/["']use server["']/);
      else expect(source.trimStart().startsWith('"use server"'), rel).toBe(true);
    }
    for (const helper of Object.keys(ACTION_HELPERS)) expect(actionFiles).toContain(helper);
  });

  it("has one entry per page.tsx and route.ts under app/, none stale", () => {
    expect(DISCOVERED_ROUTES.length).toBeGreaterThan(45);
    expect([...pageKeys, ...routeKeys].sort()).toEqual(DISCOVERED_ROUTES);
    expect(DISCOVERED_ROUTES).toContain("page:/people/[id]");
    expect(DISCOVERED_ROUTES).toContain("route:/api/cohorts/[id]/posts");
    expect(DISCOVERED_ROUTES).toContain("page:/");
  });

  it("says which test checks each entry: actions here, pages the HTTP probes (which read this matrix), routes either", () => {
    for (const key of actionKeys) expect(entry(key).verifiedBy, key).toBe(THIS_FILE);
    for (const key of pageKeys) expect(entry(key).verifiedBy, key).toBe(E2E_SPEC);
    for (const key of routeKeys) expect([THIS_FILE, E2E_SPEC], key).toContain(entry(key).verifiedBy);
    const spec = readFileSync(path.join(ROOT, E2E_SPEC), "utf8");
    expect(spec).toContain(MATRIX_FILE);
    expect(spec).toMatch(/verifiedBy === SPEC/);
  });

  it("has exactly one input builder per action entry", () => {
    expect(Object.keys(BUILDERS).sort()).toEqual(actionKeys.sort());
  });
});

describe("the world", () => {
  it("gives the owner a row in every private table the probes touch, and the advisors grants that really differ", async () => {
    const workspace = await ownerWorkspace(shared);
    for (const table of [
      "people",
      "touches",
      "meetings",
      "action_items",
      "asks",
      "programs",
      "messages",
      "message_drafts",
      "program_oversteps",
      "match_cycles",
      "rotations",
      "log_entries",
      "calendar_feeds",
      "targets",
      "advisor_grants",
      "advisor_invitations",
      "users",
      "projects",
      "feedback_quotes",
      "brag_sheets",
      "mentor_assignments",
      "opening_playbooks",
      "watched_programs",
    ]) {
      expect(workspace[table], table).toMatch(/^[1-9]\d*:/);
    }
    const grants = await db().advisorGrant.findMany({ where: { residentId: shared.users.owner.id }, orderBy: { createdAt: "asc" } });
    expect(grants.map((g) => [g.advisorId, g.scopes.length, g.revokedAt !== null, g.expiresAt !== null && g.expiresAt < NOW])).toEqual([
      [shared.users.advisorWithScope.id, ALL_SCOPES.length, false, false],
      [shared.users.advisorWithoutScope.id, 1, false, false],
      [shared.users.revokedAdvisor.id, ALL_SCOPES.length, true, false],
      [shared.users.expiredAdvisor.id, ALL_SCOPES.length, false, true],
    ]);
    const members = await db().cohortMembership.findMany({ where: { cohortId: shared.cohortId }, select: { userId: true, role: true } });
    expect(Object.fromEntries(members.map((m) => [m.userId, m.role]))).toEqual({
      [shared.users.owner.id]: "MODERATOR",
      [shared.users.cohortModerator.id]: "MODERATOR",
      [shared.users.sameCohortMember.id]: "MEMBER",
    });
    expect(await db().cohortMembership.findMany({ where: { cohortId: shared.otherCohortId }, select: { userId: true } })).toEqual([
      { userId: shared.users.otherCohortMember.id },
    ]);
    expect(await db().cohortBan.findMany({ where: { cohortId: shared.cohortId, liftedAt: null }, select: { userId: true } })).toEqual([
      { userId: shared.users.bannedMember.id },
    ]);
    expect(await db().cohortMembership.count({ where: { userId: shared.users.bannedMember.id } })).toBe(0);
  });

  it("would notice a write: the snapshots change when one of the owner's rows does", async () => {
    const [all, mine] = [await wholeDatabase(), await ownerWorkspace(shared)];
    const original = await db().person.findUniqueOrThrow({ where: { id: shared.otherPersonId } });
    await db().person.update({ where: { id: shared.otherPersonId }, data: { howWeMet: "Changed by the snapshot check" } });
    expect(changedTables(all, await wholeDatabase())).toEqual(["people"]);
    expect(changedTables(mine, await ownerWorkspace(shared))).toEqual(["people"]);
    await db().person.update({ where: { id: shared.otherPersonId }, data: { howWeMet: original.howWeMet, updatedAt: original.updatedAt } });
    expect(await wholeDatabase()).toEqual(all);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every action cell
// ---------------------------------------------------------------------------------------------------------------

/**
 * Runs one cell. Refusals run on the shared world and must leave the whole database byte-for-byte unchanged; an
 * allowed call runs on a fresh world (it may delete or use up what later calls need) and, when the caller is not
 * the owner, must leave the owner's private workspace unchanged except for the tables its builder names.
 * Returns a description of each mismatch; none means the cell holds.
 */
async function runCell(key: string, principal: Caller): Promise<string[]> {
  const expected = expectedFor(entry(key), principal);
  const builder = BUILDERS[key];
  if (!builder) return [`no input builder for ${key}: add one to BUILDERS`];
  const action = DISCOVERED_ACTIONS.get(key) as Action<unknown>;
  const fresh = expected === "allow";
  const w = fresh ? await buildWorld() : shared;
  const caller = userOf(w, principal);
  const input = builder.input({ ...w, principal, caller });
  const beforeAll = fresh ? null : await wholeDatabase();
  const beforeMine = await ownerWorkspace(w);
  callAs(w, principal);
  const result = await action(input);
  setRequest(null);
  const got = outcomeOf(result, builder.pastAuth?.[principal]);
  const problems: string[] = [];
  if (got !== expected) problems.push(`${principal}: expected ${expected}, got ${got}${got === "allow" ? "  <-- UNEXPECTED ALLOW" : ""}`);
  if (beforeAll) {
    const wrote = changedTables(beforeAll, await wholeDatabase());
    if (wrote.length) {
      problems.push(`${principal}: refused (${got}) but wrote to ${wrote.join(", ")}`);
      shared = await buildWorld();
    }
  } else if (principal !== "owner") {
    const exempt = new Set(builder.ownerWrites ?? []);
    const touched = changedTables(beforeMine, await ownerWorkspace(w)).filter((t) => !exempt.has(t));
    if (touched.length) problems.push(`${principal}: allowed, and changed the owner's ${touched.join(", ")}`);
  }
  return problems;
}

describe("every server action, called by every principal with an input aimed at the owner's records", () => {
  it.each(actionKeys.sort())(
    "%s",
    async (key) => {
      const problems: string[] = [];
      for (const principal of CALLERS) problems.push(...(await runCell(key, principal)));
      expect(problems).toEqual([]);
    },
    180_000,
  );

  it("deleteAccount with the owner's email, typed by anyone else, deletes nobody", async () => {
    const action = DISCOVERED_ACTIONS.get("action:lib/actions/account/delete-account#deleteAccount") as Action<unknown>;
    for (const principal of SIGNED_IN.filter((p) => p !== "owner")) {
      setRequest(shared.users[principal]);
      expect(await action({ confirmation: shared.users.owner.email }), principal).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    expect(await db().user.count({ where: { id: { in: Object.values(shared.users).map((u) => u.id) } } })).toBe(SIGNED_IN.length);
  });

  it("the password a non-owner set with the owner's reset token is the owner's new password, and the token is then spent", async () => {
    // The reset token is the credential: this pins down that "allow" for resetPassword means exactly that.
    const w = await buildWorld();
    const action = DISCOVERED_ACTIONS.get("action:lib/actions/auth/reset-password#resetPassword") as Action<unknown>;
    setRequest(w.users.otherResident);
    okData(await action({ token: w.resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(await action({ token: w.resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const owner = await db().user.findUniqueOrThrow({ where: { id: w.users.owner.id } });
    const { verifyPassword } = await import("@/lib/auth/password");
    expect(await verifyPassword(NEW_PASSWORD, owner.passwordHash!)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Route handlers
// ---------------------------------------------------------------------------------------------------------------

const BASE = "http://localhost:3000";
const statusOutcome: Record<number, Outcome> = { 200: "allow", 404: "not-found", 401: "unauthenticated", 403: "forbidden" };

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean, poke: () => Promise<void>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 10_000;
  // One read outstanding at a time: a read abandoned after a timeout would swallow the next chunk.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  while (!done(text)) {
    if (Date.now() > deadline) throw new Error(`stream never produced what was expected; got ${JSON.stringify(text)}`);
    await poke();
    pending ??= reader.read();
    const chunk = await Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), 250))]);
    if (!chunk) continue;
    pending = null;
    if (chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  return text;
}

type RouteProbe = {
  call: (w: World) => Promise<Response>;
  /** Tables an allowed call writes by design (the matrix notes say why); every other route must write nothing. */
  writes?: string[];
  /** What a 200 must (and must not) contain for this principal. */
  check?: (res: Response, principal: Caller, w: World) => Promise<void>;
};

const csvHasNoneOfTheOwners = async (res: Response, principal: Caller) => {
  const body = await res.text();
  if (principal === "owner") expect(body).toMatch(/Dr\. |Matrix marker/);
  expect(body.includes(PRIVATE_NOTES) || (principal !== "owner" && body.includes(LOG_ACTION))).toBe(false);
};

// Route entries verified here (next-auth's handler reads the real request cookies, so it is probed over HTTP).
const ROUTE_PROBES: Record<string, RouteProbe> = {
  "route:/api/calendar/[token]": {
    call: (w) => calendarRoute(new Request(`${BASE}/api/calendar/${w.feedToken}.ics`), { params: Promise.resolve({ token: `${w.feedToken}.ics` }) }),
    check: async (res) => expect(await res.text()).toContain("BEGIN:VCALENDAR"),
  },
  "route:/api/cohorts/[id]/events": {
    call: (w) => cohortEventsRoute(new Request(`${BASE}/api/cohorts/${w.cohortId}/events`), { params: Promise.resolve({ id: w.cohortId }) }),
    // A member's stream really carries the cohort's events; then it is closed, which unsubscribes it.
    check: async (res, _principal, w) => {
      const reader = res.body!.getReader();
      const text = await readUntil(
        reader,
        (t) => t.includes("event: board"),
        () => db().$transaction((tx) => publishBoardEvent(tx, { cohortId: w.cohortId, type: "post", postId: w.postId })),
      );
      expect(text).toContain(`"postId":"${w.postId}"`);
      await reader.cancel();
    },
  },
  "route:/api/cohorts/[id]/posts": {
    call: (w) => cohortPostsRoute(new NextRequest(`${BASE}/api/cohorts/${w.cohortId}/posts`), { params: Promise.resolve({ id: w.cohortId }) }),
    check: async (res, _p, w) => expect(((await res.json()) as { posts: { id: string }[] }).posts.map((p) => p.id)).toContain(w.postId),
  },
  "route:/api/internal/bench": {
    // The shipped configuration: the benchmark flag is off, so the route answers 404 to everyone.
    call: async () => {
      vi.stubEnv("BENCH_COUNT_QUERIES", "");
      return benchRoute(new NextRequest(`${BASE}/api/internal/bench?limit=5`));
    },
  },
  "route:/api/health": {
    call: () => healthRoute(),
    check: async (res) => expect(await res.json()).toEqual({ ok: true, database: "up" }),
  },
  "route:/api/me/export": {
    call: () => meExportRoute(),
    check: async (res, principal, w) => {
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const all = Object.values(files)
        .map((f) => strFromU8(f))
        .join("\n");
      expect(all).toContain(userOf(w, principal)!.email);
      expect(all.includes(PRIVATE_NOTES), `${principal}'s export and the owner's private notes`).toBe(principal === "owner");
      expect(all.includes(w.personId), `${principal}'s export and the owner's person`).toBe(principal === "owner");
    },
  },
  "route:/api/people/export": { call: () => peopleExportRoute(), check: csvHasNoneOfTheOwners },
  "route:/api/programs/export": {
    call: () => programsExportRoute(),
    check: async (res, principal, w) => expect((await res.text()).includes(w.programId)).toBe(principal === "owner"),
  },
  "route:/api/unsubscribe/[token]": {
    // What a mail client's one-click unsubscribe sends: a POST with no cookies, the owner's token in the URL.
    call: (w) => {
      const token = digestUnsubscribeToken(w.users.owner.id);
      return unsubscribeRoute(new Request(`${BASE}/api/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), {
        params: Promise.resolve({ token }),
      });
    },
    writes: ["users"],
    check: async (res, _p, w) => {
      expect(await res.text()).toContain("no more weekly digests");
      expect((await db().user.findUniqueOrThrow({ where: { id: w.users.owner.id } })).digestEnabled).toBe(false);
    },
  },
  "route:/api/plan/log": {
    call: () => planLogRoute(new NextRequest(`${BASE}/api/plan/log`)),
    check: async (res, principal) => expect((await res.text()).includes(LOG_ACTION)).toBe(principal === "owner"),
  },
};

describe("every route handler, called by every principal", () => {
  afterAll(async () => {
    // The LISTEN connection behind the events route is per process; close it so the worker exits cleanly.
    const holder = globalThis as unknown as { boardEvents?: { client?: pg.Client } };
    const client = holder.boardEvents?.client;
    if (holder.boardEvents) holder.boardEvents.client = undefined;
    await client?.end();
  });

  const routesHere = routeKeys.filter((k) => entry(k).verifiedBy === THIS_FILE).sort();

  it("has one probe per route entry verified here", () => {
    expect(Object.keys(ROUTE_PROBES).sort()).toEqual(routesHere);
  });

  it.each(routesHere)("%s", async (key) => {
    const probe = ROUTE_PROBES[key]!;
    const problems: string[] = [];
    for (const principal of CALLERS) {
      const expected = expectedFor(entry(key), principal);
      const before = await wholeDatabase();
      callAs(shared, principal);
      const res = await probe.call(shared);
      const got = statusOutcome[res.status] ?? `HTTP ${res.status}`;
      if (got !== expected) problems.push(`${principal}: expected ${expected}, got ${got}${got === "allow" ? "  <-- UNEXPECTED ALLOW" : ""}`);
      else if (got === "allow" && probe.check) await probe.check(res, principal, shared);
      else await res.body?.cancel();
      setRequest(null);
      // Views are audited, and an open event stream holds a slot in board_streams until it closes (asynchronously).
      const wrote = changedTables(before, await wholeDatabase()).filter(
        (t) => t !== "audit_events" && t !== "board_streams" && !(probe.writes ?? []).includes(t),
      );
      if (wrote.length) problems.push(`${principal}: the call wrote to ${wrote.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("a calendar token that was never issued, or was replaced, is 404", async () => {
    const stale = shared.feedToken;
    for (const token of ["A".repeat(32), createHash("sha256").update("nope").digest("base64url")]) {
      expect((await calendarRoute(new Request(`${BASE}/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) })).status).toBe(404);
    }
    const w = await buildWorld();
    setRequest(w.users.owner);
    okData(await regenerateCalendarFeed({}));
    expect(
      (await calendarRoute(new Request(`${BASE}/api/calendar/${w.feedToken}.ics`), { params: Promise.resolve({ token: `${w.feedToken}.ics` }) })).status,
    ).toBe(404);
    expect(stale).not.toBe(w.feedToken);
  });
});

// Pages: requireResident / requireAdvisor / requireUser redirect and loadOr404 renders not-found, which only a real
// HTTP request observes; e2e/http-probes.spec.ts fetches every page entry as every principal against the e2e server.
describe("pages", () => {
  it("are all left to the HTTP probes, which cover every principal of every page entry", () => {
    expect(pageKeys.length).toBeGreaterThan(40);
    for (const key of pageKeys) expect(entry(key).verifiedBy).toBe(E2E_SPEC);
  });
});
