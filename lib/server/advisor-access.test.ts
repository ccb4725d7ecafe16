// What an advisor may do with a resident who shares with them: read, never write. Every server action in the
// product (every export of every "use server" file under lib/actions) is called by four advisors of the same
// resident: one with a live grant of every scope, one whose grant shares only "loi_status", one whose grant has
// expired and one whose grant was revoked. Each call is refused the same way whatever the grant says (a grant
// confers read access only, so it must not change the answer an action gives), and nothing in the database
// changes. Then the read side: requireAdvisorAccess and the advisor views honour scopes, expiry and revocation on every
// call, and log every look. Invitations, grant management, export and deletion: advisor.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { inviteAdvisor } from "@/lib/actions/advisors/invite-advisor";
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
import { getViewer, type ResidentViewer, type Viewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ADVISOR_SCOPES, ADVISOR_SECTIONS, normalizeScopes, type AdvisorScope, type AdvisorSection } from "@/lib/rules/advisor-scopes";
import { getAdvisedAsks } from "@/lib/server/advisors/get-advised-asks";
import { getAdvisedLoi } from "@/lib/server/advisors/get-advised-loi";
import { getAdvisedOverview } from "@/lib/server/advisors/get-advised-overview";
import { getAdvisedPacket } from "@/lib/server/advisors/get-advised-packet";
import { getAdvisedPeople } from "@/lib/server/advisors/get-advised-people";
import { getAdvisedPerson } from "@/lib/server/advisors/get-advised-person";
import { getAdvisedPlan } from "@/lib/server/advisors/get-advised-plan";
import { getAdvisedPrograms } from "@/lib/server/advisors/get-advised-programs";
import { getAdvisedTargets } from "@/lib/server/advisors/get-advised-targets";
import { getAdvisorHome } from "@/lib/server/advisors/get-advisor-home";
import { liveGrantWhere } from "@/lib/server/advisors/live-grant";
import { getSharing, revokeGrant as revokeGrantDal } from "@/lib/server/advisors/manage-grants";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";
import { createInvite as createInviteDal } from "@/lib/server/cohorts/invites";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { withTestDatabase } from "@/lib/testing/db";
import { EVIDENCE_ACTION_INPUTS, buildEvidenceRecords, type EvidenceIds } from "@/lib/testing/evidence-fixture";
import { createAdvisor, createCohort as createCohortRow, createResident, csvUpload } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

// Inside the 2026 Match's letter-of-intent window, so the resident can record a letter of intent.
const NOW = new Date("2026-01-20T15:00:00.000Z");
const DAY = 86_400_000;
const ALL_SCOPES = [...ADVISOR_SCOPES];

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(
      `expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})} ${JSON.stringify(result.detail ?? {})}`,
    );
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

/** The signed-in viewer, read the way pages read it (from the database, through the mocked session). */
async function currentViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new Error("no viewer for the current test session");
  return viewer;
}

const usedNames = new Set<string>();
function uniqueName(): string {
  let name: string;
  do name = `Dr. ${faker.person.firstName()} ${faker.person.lastName()}-${faker.string.alpha(4)}`;
  while (usedNames.has(name));
  usedNames.add(name);
  return name;
}

const PRIVATE_NOTES = "Mentioned her divorce; do not bring up family. Prefers texts after 8pm.";
const TOUCH_NOTES = "Thanked her for the heart failure teaching.";
const MEETING_ADVICE = "Publish the case report first.";
const MEETING_QUESTIONS = "How did you choose dermatology?";
const PLAN_B_DETAIL = "A research year in the Stanford dermatology lab if the reapplication fails.";
const LOI_BODY = "Dear Dr. Ramos, your program is my first choice. Since my interview I presented our sepsis audit at grand rounds.";

type Fixture = {
  resident: User;
  peer: User;
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
  messageId: string;
  draftId: string;
  overstepId: string;
  rotationId: string;
  entryId: string;
  cohortId: string;
  postId: string;
  peerPostId: string;
  commentId: string;
  cohortInviteId: string;
  cohortToken: string;
  invitationId: string;
  invitationToken: string;
} & EvidenceIds;

/** A resident with one of everything, made through the resident's own actions where there is one. */
async function buildResident(): Promise<Fixture> {
  const resident = await createResident({ programStartDate: new Date(Date.UTC(2025, 6, 1)) });
  const peer = await createResident({ programStartDate: new Date(Date.UTC(2025, 6, 1)) });
  actAs(resident.id);
  okData(
    await saveTargets({
      specialty: "dermatology",
      geoStance: "PREFER_REGION",
      geoDetail: "Pacific Northwest",
      planB: "RESEARCH_YEAR",
      planBDetail: PLAN_B_DETAIL,
      unsuccessfulCycles: 1,
    }),
  );
  const base = {
    role: "ATTENDING",
    specialty: "internal-medicine",
    department: "Department of Medicine",
    institution: `${faker.location.city()} University Hospital`,
    tags: ["LETTER_WRITER"],
  };
  const personId = okData(await createPerson({ ...base, name: uniqueName(), email: "m.ramos@example.org", isAList: true, privateNotes: PRIVATE_NOTES })).id;
  const otherPersonId = okData(await createPerson({ ...base, name: uniqueName(), role: "PROGRAM_DIRECTOR", isAList: false })).id;
  const touchId = okData(
    await logTouch({ personId, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: "2026-01-12", awaitingReply: true, notes: TOUCH_NOTES }),
  ).id;
  const plannedMeetingId = okData(await planMeeting({ personId, kind: "INTRO", scheduledOn: "2026-01-28", questions: MEETING_QUESTIONS })).id;
  const doneMeetingId = okData(await planMeeting({ personId, kind: "ADVICE", scheduledOn: "2026-01-14" })).id;
  okData(
    await completeMeeting({
      meetingId: doneMeetingId,
      completedOn: "2026-01-14",
      advice: MEETING_ADVICE,
      actionItems: "Draft the case report\nAsk Dr. Lee to co-author",
    }),
  );
  const item = await db().actionItem.findFirstOrThrow({ where: { meetingId: doneMeetingId }, orderBy: { createdAt: "asc" } });
  const askId = okData(
    await createAsk({
      personId,
      kind: "LETTER",
      status: "AGREED",
      askedOn: "2026-01-15",
      fromPrelimYear: true,
      notes: "Letter for the dermatology reapplication.",
    }),
  ).id;

  const program = {
    institution: `${faker.location.city()} University Hospital`,
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
  const programId = okData(await createProgram({ ...program, name: `Riverside Internal Medicine ${faker.string.alpha(6)}`, nrmpCode: "1234140C0" })).id;
  const loiProgramId = okData(await createProgram({ ...program, name: `Lakeshore Internal Medicine ${faker.string.alpha(6)}`, nrmpCode: "7654321C1" })).id;
  const cycleId = (await ensureCycles(viewerOf(resident))).find((c) => c.name === "2026 Match")!.id;
  const messageId = okData(await recordMessage({ programId: loiProgramId, cycleId, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI_BODY })).id;
  const draftId = okData(await saveDraft({ programId, cycleId, kind: "INTEREST_UPDATE", subject: "Update", body: "Dear Dr. Ramos, an update." })).id;
  const overstepId = okData(await recordOverstep({ programId, occurredOn: "2026-01-15", kind: "ASKED_RANKING", said: "Where will you rank us?" })).id;

  const rotationId = okData(
    await saveRotation({ startsOn: "2026-02-02", endsOn: "2026-02-27", service: "Cardiology consults", site: "Main campus", attendingIds: [personId] }),
  ).id;
  const entryId = okData(
    await addLogEntry({ occurredOn: "2026-01-16", service: "Wards", action: "Presented a case at morning report", nextStep: "Send the slides" }),
  ).id;
  okData(await updateTouchpoint({ key: "early", status: "DONE", onDate: "2025-08-20", notes: "Met the PD after morning report." }));
  okData(await regenerateCalendarFeed({}));

  const cohort = await createCohortRow([{ userId: resident.id, role: "MODERATOR" }, { userId: peer.id }]);
  const postRow = (authorId: string, title: string) => ({
    cohortId: cohort.id,
    authorId,
    kind: "OPENING" as const,
    openingLevel: "CATEGORICAL_PGY1" as const,
    specialty: "internal-medicine",
    programName: "Internal Medicine Residency",
    institution: `${faker.location.city()} Medical Center`,
    location: "Dayton, OH",
    title,
    body: "A categorical PGY-1 internal medicine position is open for a January start; the program takes J-1 visas.",
    evidenceKind: "RUMOUR" as const,
    heardOn: new Date("2026-01-10T00:00:00Z"),
    heardHow: "Heard at morning report",
  });
  const post = await db().boardPost.create({ data: { ...postRow(resident.id, "Categorical IM PGY-1 spot for January"), commentCount: 1 } });
  const peerPost = await db().boardPost.create({ data: postRow(peer.id, "PGY-2 neurology seat in Dayton") });
  const comment = await db().postComment.create({ data: { postId: post.id, authorId: peer.id, body: "Is this for January or July?" } });
  const { token: cohortToken } = await createInviteDal(viewerOf(resident), { cohortId: cohort.id, expiresInDays: 14, maxUses: 10 }, NOW);
  const cohortInvite = await db().cohortInvite.findFirstOrThrow({ where: { cohortId: cohort.id } });
  await db().notification.create({
    data: { userId: resident.id, kind: "post.restored", message: "A moderator put your post back.", cohortId: cohort.id, postId: post.id },
  });

  const { url } = okData(await inviteAdvisor({ email: `pending.${faker.string.alpha(8).toLowerCase()}@example.org`, scopes: ["people"] }));
  const invitationToken = /\/advisor\/accept\/([A-Za-z0-9_-]+)$/.exec(url)?.[1];
  if (!invitationToken) throw new Error(`no token in ${url}`);
  const invitation = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } });
  const evidence = await buildEvidenceRecords({ personId, otherPersonId, rotationId, postId: post.id });
  actAs(null);
  return {
    resident,
    peer,
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
    cohortId: cohort.id,
    postId: post.id,
    peerPostId: peerPost.id,
    commentId: comment.id,
    cohortInviteId: cohortInvite.id,
    cohortToken,
    invitationId: invitation.id,
    invitationToken,
    ...evidence,
  };
}

/** An advisor and their grant from `residentId`, written directly: these tests are about reading grants. */
async function advisorWith(residentId: string, scopes: readonly string[], extra: { expiresAt?: Date | null; revokedAt?: Date | null } = {}) {
  const advisor = await createAdvisor();
  const grant = await db().advisorGrant.create({
    data: { residentId, advisorId: advisor.id, scopes: [...scopes], expiresAt: extra.expiresAt ?? null, revokedAt: extra.revokedAt ?? null },
  });
  return { advisor, grant };
}

// ---------------------------------------------------------------------------------------------------------------
// Database snapshots
// ---------------------------------------------------------------------------------------------------------------

/** Row counts of every table in the schema: a refused call writes nowhere, not even to the caller's rows. */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS name, count(*)::int AS n FROM "${t.tablename}"`).join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/**
 * A hash of every row that belongs to the resident or to their cohort, table by table: rows keyed by the
 * resident's id (resident_id, user_id, author_id, subject_user_id), their user row, and the cohort with its posts
 * and everything on them. Any update, insert or delete among them changes a hash.
 */
function uuid(value: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(value)) throw new Error(`not a uuid: ${value}`);
  return value;
}

async function residentHashes(f: Fixture): Promise<Record<string, { rows: number; hash: string }>> {
  const columns = await db().$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name IN ('id', 'resident_id', 'user_id', 'author_id', 'subject_user_id', 'cohort_id', 'post_id')
    ORDER BY table_name, column_name`;
  const byTable = new Map<string, Set<string>>();
  for (const c of columns) byTable.set(c.table_name, (byTable.get(c.table_name) ?? new Set()).add(c.column_name));
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const [table, cols] of byTable) {
    const conditions: string[] = [];
    for (const col of ["resident_id", "user_id", "author_id", "subject_user_id"]) if (cols.has(col)) conditions.push(`t."${col}" = $1::uuid`);
    if (cols.has("cohort_id")) conditions.push(`t."cohort_id" = $2::uuid`);
    if (cols.has("post_id")) conditions.push(`t."post_id" IN (SELECT id FROM board_posts WHERE cohort_id = $2::uuid)`);
    if (table === "users") conditions.push(`t."id" = $1::uuid`);
    if (table === "cohorts") conditions.push(`t."id" = $2::uuid`);
    if (!conditions.length) continue;
    // Both ids are uuids the database generated; they are inlined because not every query uses both.
    const where = conditions
      .join(" OR ")
      .replaceAll("$1", `'${uuid(f.resident.id)}'`)
      .replaceAll("$2", `'${uuid(f.cohortId)}'`);
    const [row] = await db().$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash FROM "${table}" t WHERE ${where}`,
    );
    out[table] = row!;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Every action in the product
// ---------------------------------------------------------------------------------------------------------------

const ACTIONS_DIR = path.resolve(import.meta.dirname, "../actions");
/** Files under lib/actions that are helpers, not server actions. Anything else must be a "use server" file. */
const HELPER_FILES = ["safe-action.ts"];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const ACTION_FILES = listFiles(ACTIONS_DIR).filter((file) => !HELPER_FILES.includes(path.relative(ACTIONS_DIR, file)));
/** "folder/file:exportName" for every exported function of every action file. */
const DISCOVERED: { key: string; action: Action<unknown> }[] = [];
for (const file of ACTION_FILES) {
  const mod = (await import(file)) as Record<string, unknown>;
  const base = path.relative(ACTIONS_DIR, file).replace(/\.ts$/, "").split(path.sep).join("/");
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function") DISCOVERED.push({ key: `${base}:${name}`, action: value as Action<unknown> });
  }
}
DISCOVERED.sort((a, b) => a.key.localeCompare(b.key));

type State = "live" | "scopeOff" | "expired" | "revoked";
const STATES: State[] = ["live", "scopeOff", "expired", "revoked"];
type Caller = { advisor: User; grantId: string; ip: string };
type Ctx = Fixture & { caller: Caller };

const BAD_TOKEN = "not-a-real-invitation-token-000000000000";
const personInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Dr. Written By An Advisor",
  role: "ATTENDING",
  specialty: "internal-medicine",
  tags: ["LETTER_WRITER"],
  privateNotes: "An advisor wrote this.",
  isAList: true,
  ...overrides,
});
const programInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Program Written By An Advisor",
  institution: "Advisor General Hospital",
  programType: "CATEGORICAL",
  participatesInMatch: true,
  visaSponsorship: "J1",
  postInterviewCommunication: "YES",
  status: "RANKED",
  ...overrides,
});
const postInput = (cohortId: string, overrides: Record<string, unknown> = {}) => ({
  cohortId,
  kind: "OPENING",
  openingLevel: "PGY2",
  specialty: "neurology",
  programName: "Neurology Residency",
  institution: "Advisor University Hospital",
  location: "Columbus, OH",
  title: "PGY-2 neurology position opening for July 2027",
  body: "An unexpected PGY-2 position opened for July 2027. Applications go through ERAS; interviews are virtual.",
  evidenceKind: "RUMOUR",
  heardOn: "2026-01-18",
  heardHow: "From an advisor",
  acknowledgedPersonWarning: false,
  ...overrides,
});
const profileInput = {
  track: "PRELIM_MEDICINE",
  programName: "Preliminary Internal Medicine",
  institution: "Advisor General Hospital",
  programStartDate: "2025-07-01",
  isImg: "yes",
  visaStatus: "J1",
};

// One valid-looking input per action, aimed at the resident's real records (or, for actions about the caller, at
// the caller). A new action fails the coverage test below until it has a row here.
const BUILDERS: Record<string, (c: Ctx) => Record<string, unknown>> = {
  ...EVIDENCE_ACTION_INPUTS,
  "account/delete-account:deleteAccount": (c) => ({ confirmation: c.resident.email }),
  "account/change-password:changePassword": () => ({
    currentPassword: "not the advisor's password",
    newPassword: "a brand new password here",
    confirmPassword: "a brand new password here",
  }),
  "account/sign-out-everywhere:signOutEverywhere": () => ({}),
  "account/sign-out-session:signOutSession": () => ({ sessionId: "00000000-0000-4000-8000-000000000000" }),
  "account/unsubscribe-digest:unsubscribeDigest": () => ({ token: "bm90LWEtcmVhbC10b2tlbg.AAAAAAAAAAAAAAAAAAAAAAAA" }),
  "advisors/accept-invitation:acceptInvitation": () => ({ token: BAD_TOKEN }),
  "advisors/invite-advisor:inviteAdvisor": (c) => ({ email: `friend.of.${c.caller.advisor.id.slice(0, 8)}@example.org`, scopes: ALL_SCOPES }),
  "advisors/revoke-grant:revokeGrant": (c) => ({ grantId: c.caller.grantId }),
  "advisors/revoke-invitation:revokeInvitation": (c) => ({ invitationId: c.invitationId }),
  "advisors/update-grant:updateGrant": (c) => ({ grantId: c.caller.grantId, scopes: ALL_SCOPES }),
  "asks/create-ask:createAsk": (c) => ({ personId: c.personId, kind: "INTRODUCTION", status: "PLANNED" }),
  "asks/delete-ask:deleteAsk": (c) => ({ askId: c.askId }),
  "asks/update-ask:updateAsk": (c) => ({
    askId: c.askId,
    personId: c.personId,
    kind: "LETTER",
    status: "DECLINED",
    askedOn: "2026-01-15",
    respondedOn: "2026-01-19",
  }),
  "auth/request-link:requestEmailLink": (c) => ({ email: c.caller.advisor.email, purpose: "MAGIC_LINK" }),
  "auth/reset-password:resetPassword": () => ({
    token: BAD_TOKEN,
    password: "a new password for the advisor",
    confirmPassword: "a new password for the advisor",
  }),
  "auth/sign-up:signUp": () => ({
    name: "Second Account",
    email: `second.${faker.string.alpha(10).toLowerCase()}@example.org`,
    password: "a password for the second account",
  }),
  "board/add-comment:addComment": (c) => ({ postId: c.postId, parentId: c.commentId, body: "An advisor's reply." }),
  "board/create-post:createPost": (c) => postInput(c.cohortId),
  "board/flag-post:flagPost": (c) => ({ postId: c.peerPostId, reason: "FALSE", note: "An advisor flags this." }),
  "board/mark-notifications-read:markNotificationsRead": () => ({}),
  "board/moderate-post:moderatePost": (c) => ({ postId: c.peerPostId, decision: "REMOVE" }),
  "board/react-to-post:reactToPost": (c) => ({
    postId: c.peerPostId,
    kind: "CONFIRM",
    on: true,
    sourceType: "PROGRAM_WEBSITE",
    sourceLink: "https://example.org/jobs",
  }),
  "board/update-post:updatePost": (c) => ({ postId: c.postId, ...postInput(c.cohortId, { title: "Rewritten by an advisor" }) }),
  "cohorts/create-cohort:createCohort": () => ({
    name: "Advisors of Prelim IM",
    programName: "Preliminary Internal Medicine",
    institution: "Advisor General",
    year: 2026,
    track: "PRELIM_MEDICINE",
  }),
  "cohorts/create-invite:createInvite": (c) => ({ cohortId: c.cohortId, expiresInDays: 30, maxUses: 100 }),
  "cohorts/join-cohort:joinCohort": (c) => ({ token: c.cohortToken }),
  "cohorts/leave-cohort:leaveCohort": (c) => ({ cohortId: c.cohortId }),
  "cohorts/lift-ban:liftBan": (c) => ({ cohortId: c.cohortId, userId: c.peer.id }),
  "cohorts/remove-member:removeMember": (c) => ({ cohortId: c.cohortId, userId: c.peer.id }),
  "cohorts/revoke-invite:revokeInvite": (c) => ({ cohortId: c.cohortId, inviteId: c.cohortInviteId }),
  "cohorts/set-member-role:setMemberRole": (c) => ({ cohortId: c.cohortId, userId: c.peer.id, role: "MODERATOR" }),
  "meetings/cancel-meeting:cancelMeeting": (c) => ({ meetingId: c.plannedMeetingId }),
  "meetings/complete-meeting:completeMeeting": (c) => ({ meetingId: c.plannedMeetingId, completedOn: "2026-01-19", actionItems: "Injected by an advisor" }),
  "meetings/mark-reported-back:markReportedBack": (c) => ({ meetingId: c.doneMeetingId }),
  "meetings/plan-meeting:planMeeting": (c) => ({ personId: c.personId, kind: "ADVICE", scheduledOn: "2026-02-10" }),
  "meetings/update-action-item:updateActionItem": (c) => ({ itemId: c.itemId, meetingId: c.doneMeetingId, status: "DROPPED" }),
  "meetings/update-meeting-prep:updateMeetingPrep": (c) => ({
    meetingId: c.plannedMeetingId,
    prepCv: true,
    prepGoals: true,
    prepQuestions: true,
    questions: "Overwritten by an advisor",
  }),
  "messages/answer-message:answerMessage": (c) => ({ messageId: c.messageId, sent: true }),
  "messages/delete-draft:deleteDraft": (c) => ({ draftId: c.draftId }),
  "messages/save-draft:saveDraft": (c) => ({
    draftId: c.draftId,
    programId: c.programId,
    cycleId: c.cycleId,
    kind: "INTEREST_UPDATE",
    subject: "Update",
    body: "An advisor wrote this.",
  }),
  "messages/save-rank-order:saveRankOrder": (c) => ({ cycleId: c.cycleId, programIds: [c.programId] }),
  "programs/delete-overstep:deleteOverstep": (c) => ({ overstepId: c.overstepId }),
  "programs/dismiss-season-task:dismissSeasonTask": (c) => ({ programId: c.programId, kind: "THANK_YOU", interviewDate: "2025-11-10" }),
  "programs/record-overstep:recordOverstep": (c) => ({
    programId: c.programId,
    occurredOn: "2026-01-19",
    kind: "ASKED_RANKING",
    said: "An advisor wrote this.",
  }),
  "programs/save-impressions:saveImpressions": (c) => ({ programId: c.programId, liked: "An advisor wrote this." }),
  "messages/record-message:recordMessage": (c) => ({
    programId: c.programId,
    cycleId: c.cycleId,
    kind: "THANK_YOU",
    subject: "Thank you",
    body: "Thank you for the interview day; I enjoyed meeting the residents.",
  }),
  "people/create-person:createPerson": () => personInput(),
  "people/delete-person:deletePerson": (c) => ({ personId: c.personId }),
  "people/import-people:importPeople": () => csvUpload("name,role,a_list\nDr. Imported By An Advisor,Attending,yes\n"),
  "people/set-a-list:setAList": (c) => ({ personId: c.personId, isAList: false }),
  "people/update-person:updatePerson": (c) => ({ personId: c.personId, ...personInput({ name: "Renamed by an advisor" }) }),
  "plan/add-log-entry:addLogEntry": () => ({ occurredOn: "2026-01-19", action: "Logged by an advisor" }),
  "plan/complete-prompt:completePrompt": (c) => ({ rotationId: c.rotationId, promptKey: "before", logTouch: true }),
  "plan/delete-log-entry:deleteLogEntry": (c) => ({ entryId: c.entryId }),
  "plan/delete-rotation:deleteRotation": (c) => ({ rotationId: c.rotationId }),
  "plan/log-outreach:logOutreach": (c) => ({ personId: c.personId, templateKey: "thank-you-update", subject: "Sent by an advisor" }),
  "plan/regenerate-calendar-feed:regenerateCalendarFeed": () => ({}),
  "plan/save-rotation:saveRotation": (c) => ({
    rotationId: c.rotationId,
    startsOn: "2026-03-02",
    endsOn: "2026-03-27",
    service: "Renamed by an advisor",
    attendingIds: [c.otherPersonId],
  }),
  "plan/set-digest-enabled:setDigestEnabled": () => ({ enabled: false }),
  "plan/set-late-start-step:setLateStartStep": () => ({ key: "see-pd", done: true }),
  "plan/save-digest-schedule:saveDigestSchedule": () => ({ weekday: "1", hour: "7", timeZone: "America/Chicago" }),
  "plan/set-phase-done:setPhaseDone": () => ({ key: "statement", done: true }),
  "plan/update-touchpoint:updateTouchpoint": () => ({ key: "mid-year", status: "DONE", onDate: "2026-01-19", notes: "Written by an advisor" }),
  "profile/complete-onboarding:completeOnboarding": () => ({ role: "RESIDENT", ...profileInput }),
  "profile/update-profile:updateProfile": (c) => ({ name: c.resident.name, ...profileInput }),
  "programs/create-program:createProgram": () => programInput(),
  "programs/delete-program:deleteProgram": (c) => ({ programId: c.programId }),
  "programs/import-programs:importPrograms": () => csvUpload("name,institution,program_type\nImported By An Advisor,Advisor General,CATEGORICAL\n"),
  "programs/set-soap-contact:setSoapContact": (c) => ({ programId: c.programId, on: "2026-01-19" }),
  "programs/update-cycle:updateCycle": (c) => ({
    cycleId: c.cycleId,
    applicationsOpen: "2025-09-24",
    rankListDeadline: "2026-03-04",
    matchWeekMonday: "2026-03-16",
    soapEnd: "2026-03-19",
    matchDay: "2026-03-20",
    trainingStart: "2026-07-01",
  }),
  "programs/update-program:updateProgram": (c) => ({ programId: c.programId, ...programInput({ name: "Renamed by an advisor" }) }),
  "targets/save-targets:saveTargets": () => ({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }),
  "targets/set-decision:setDecision": () => ({ decision: "PIVOT", pivotSpecialty: "radiation-oncology" }),
  "touches/delete-touch:deleteTouch": (c) => ({ touchId: c.touchId, personId: c.personId }),
  "touches/log-touch:logTouch": (c) => ({ personId: c.personId, kind: "UPDATE", channel: "EMAIL", occurredOn: "2026-01-19" }),
  "touches/mark-reply-received:markReplyReceived": (c) => ({ touchId: c.touchId, personId: c.personId }),
};

// Actions any signed-in user (or anyone) may call about their own account. A grant neither helps nor hurts, so
// they do not refuse an advisor; for these the test checks that the four calls answer alike and that nothing of
// the resident's changes. Everything not listed here must refuse all four advisors identically and write nothing.
const SELF_SERVICE: Record<string, string> = {
  "board/mark-notifications-read:markNotificationsRead": "marks the caller's own notifications read",
  "account/delete-account:deleteAccount": "deletes the caller's own account; here with the resident's email, which is the wrong confirmation",
  "account/change-password:changePassword": "changes the caller's own password; here with a wrong current password",
  "account/sign-out-everywhere:signOutEverywhere": "ends the caller's own sessions",
  "account/sign-out-session:signOutSession": "ends one of the caller's own sessions; here an id that is none of them",
  "advisors/accept-invitation:acceptInvitation": "any signed-in non-resident may accept an invitation; here with a bad token",
  "auth/request-link:requestEmailLink": "public: sends a sign-in link to the address given (the caller's own)",
  "auth/reset-password:resetPassword": "public: needs a reset token (a bad one here)",
  "account/unsubscribe-digest:unsubscribeDigest": "public: needs a signed unsubscribe token (a bad one here)",
  "auth/sign-up:signUp": "public: creates a new, separate account",
  "profile/complete-onboarding:completeOnboarding": "about the caller's own role, chosen once",
};

let fx: Fixture;
const callers = {} as Record<State, Caller>;

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
  fx = await buildResident();
  const specs: Record<State, { scopes: string[]; expiresAt?: Date; revokedAt?: Date }> = {
    live: { scopes: ALL_SCOPES },
    scopeOff: { scopes: ["loi_status"] },
    expired: { scopes: ALL_SCOPES, expiresAt: new Date(NOW.getTime() - DAY) },
    revoked: { scopes: ALL_SCOPES, revokedAt: new Date(NOW.getTime() - DAY) },
  };
  let n = 10;
  for (const state of STATES) {
    const { advisor, grant } = await advisorWith(fx.resident.id, specs[state].scopes, specs[state]);
    callers[state] = { advisor, grantId: grant.id, ip: `198.51.100.${n++}` };
  }
});

describe("the action fixture", () => {
  it("has exactly one input builder per exported action, and every self-service exception is a real action", () => {
    expect(DISCOVERED.length).toBeGreaterThan(60);
    expect(DISCOVERED.map((d) => d.key)).toEqual(Object.keys(BUILDERS).sort());
    for (const key of Object.keys(SELF_SERVICE)) expect(Object.keys(BUILDERS)).toContain(key);
  });

  it("finds only server-action files besides the known helpers", () => {
    for (const file of ACTION_FILES) expect(readFileSync(file, "utf8").trimStart().startsWith('"use server"'), file).toBe(true);
  });

  it("gives the resident rows in every table the hash must cover", async () => {
    const hashes = await residentHashes(fx);
    for (const table of [
      "people",
      "touches",
      "meetings",
      "asks",
      "programs",
      "messages",
      "rotations",
      "log_entries",
      "board_posts",
      "post_comments",
      "advisor_grants",
      "advisor_invitations",
      "cohort_memberships",
      "cohort_invites",
      "notifications",
      "users",
      "targets",
      "projects",
      "feedback_quotes",
      "brag_sheets",
      "mentor_assignments",
      "opening_playbooks",
      "watched_programs",
    ]) {
      expect(hashes[table]?.rows, table).toBeGreaterThan(0);
    }
    expect(hashes.advisor_grants!.rows).toBe(4);
  });

  it("gives the four advisors grants that really differ: only the live one reads people", async () => {
    const codes: Record<string, string> = {};
    for (const state of STATES) {
      actAs(callers[state].advisor.id);
      codes[state] = await getAdvisedPeople(await currentViewer(), fx.resident.id, NOW).then(
        (r) => (r.people.length === 2 ? "ok" : "wrong"),
        (e: unknown) => (e instanceof AppError ? e.code : String(e)),
      );
    }
    expect(codes).toEqual({ live: "ok", scopeOff: "NOT_FOUND", expired: "NOT_FOUND", revoked: "NOT_FOUND" });
  });

  it("would notice a change: the resident's own edit changes the hash", async () => {
    const before = await residentHashes(fx);
    const original = await db().person.findUniqueOrThrow({ where: { id: fx.otherPersonId } });
    await db().person.update({ where: { id: fx.otherPersonId }, data: { howWeMet: "Changed by the fixture check" } });
    const after = await residentHashes(fx);
    expect(after.people).not.toEqual(before.people);
    expect(after.touches).toEqual(before.touches);
    await db().person.update({ where: { id: fx.otherPersonId }, data: { howWeMet: original.howWeMet, updatedAt: original.updatedAt } });
    expect(await residentHashes(fx)).toEqual(before);
  });
});

async function callAsEachState(key: string, action: Action<unknown>) {
  const build = BUILDERS[key];
  if (!build) throw new Error(`No input builder for ${key}: add one to BUILDERS`);
  const results = {} as Record<State, ActionResult<unknown>>;
  for (const state of STATES) {
    actAs(callers[state].advisor.id);
    // Public actions are rate limited per address; each advisor calls from their own.
    testRequest.headers = new Headers({ "x-forwarded-for": callers[state].ip, host: "localhost:3000" });
    results[state] = await action(build({ ...fx, caller: callers[state] }));
  }
  return results;
}

const refusal = (r: ActionResult<unknown>) => (r.ok ? { ok: true } : { ok: false, code: r.code, message: r.message });

describe("every server action, called by an advisor in each grant state", () => {
  const guarded = DISCOVERED.filter((d) => !(d.key in SELF_SERVICE));
  const selfService = DISCOVERED.filter((d) => d.key in SELF_SERVICE);

  it.each(guarded.map((d) => [d.key, d.action] as const))(
    "%s is refused identically (live, scope off, expired, revoked) and writes nothing",
    async (key, action) => {
      const counts = await tableCounts();
      const hashes = await residentHashes(fx);
      const results = await callAsEachState(key, action);
      for (const state of STATES) expect(results[state].ok, `${key} as the ${state} advisor`).toBe(false);
      const first = refusal(results.live);
      for (const state of STATES) expect(refusal(results[state]), `${key} as the ${state} advisor`).toEqual(first);
      expect(first).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await tableCounts()).toEqual(counts);
      expect(await residentHashes(fx)).toEqual(hashes);
    },
  );

  it.each(selfService.map((d) => [d.key, d.action] as const))(
    "%s (about the caller) answers alike in every state and leaves the resident untouched",
    async (key, action) => {
      const hashes = await residentHashes(fx);
      const results = await callAsEachState(key, action);
      const first = results.live.ok ? { ok: true } : { ok: false, code: results.live.code };
      for (const state of STATES) {
        const r = results[state];
        expect(r.ok ? { ok: true } : { ok: false, code: r.code }, `${key} as the ${state} advisor`).toEqual(first);
      }
      expect(await residentHashes(fx)).toEqual(hashes);
      // Each advisor is still an advisor of this resident with the grant they had.
      for (const state of STATES) {
        const grant = await db().advisorGrant.findUniqueOrThrow({ where: { id: callers[state].grantId } });
        expect(grant.residentId).toBe(fx.resident.id);
      }
      expect(await db().user.count({ where: { id: { in: STATES.map((s) => callers[s].advisor.id) }, role: "ADVISOR" } })).toBe(4);
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Reads: requireAdvisorAccess and the advisor views
// ---------------------------------------------------------------------------------------------------------------

type SectionRow = { label: string; section: AdvisorSection; view: (viewer: Viewer, f: Fixture) => Promise<{ name: string }> };
const SECTION_VIEWS: SectionRow[] = [
  { label: "advisorTargets", section: "targets", view: (v, f) => getAdvisedTargets(v, f.resident.id, NOW) },
  { label: "advisorPeople", section: "people", view: (v, f) => getAdvisedPeople(v, f.resident.id, NOW) },
  { label: "advisorPerson", section: "people", view: (v, f) => getAdvisedPerson(v, f.resident.id, f.personId, NOW) },
  { label: "advisorAsks", section: "asks", view: (v, f) => getAdvisedAsks(v, f.resident.id, NOW) },
  { label: "advisorPlan", section: "plan", view: (v, f) => getAdvisedPlan(v, f.resident.id, NOW) },
  { label: "advisorPrograms", section: "programs", view: (v, f) => getAdvisedPrograms(v, f.resident.id, NOW) },
  { label: "advisorLoi", section: "loi", view: (v, f) => getAdvisedLoi(v, f.resident.id, NOW) },
];

async function lastAudit() {
  return db().auditEvent.findFirst({ orderBy: { id: "desc" } });
}

describe("requireAdvisorAccess and the section views", () => {
  it("cover every section of ADVISOR_SECTIONS", () => {
    expect([...new Set(SECTION_VIEWS.map((r) => r.section))].sort()).toEqual(Object.keys(ADVISOR_SECTIONS).sort());
  });

  it.each(SECTION_VIEWS.map((r) => [r.label, r] as const))("%s is NOT_FOUND without its scope and logs nothing", async (_label, row) => {
    const scope = ADVISOR_SECTIONS[row.section];
    const { advisor } = await advisorWith(fx.resident.id, normalizeScopes(ALL_SCOPES.filter((s) => s !== scope)));
    actAs(advisor.id);
    const audits = await db().auditEvent.count();
    expect(await codeOf(row.view(await currentViewer(), fx))).toBe("NOT_FOUND");
    expect(await codeOf(requireAdvisorAccess(await currentViewer(), fx.resident.id, NOW, row.section))).toBe("NOT_FOUND");
    expect(await db().auditEvent.count()).toBe(audits);
  });

  it.each(SECTION_VIEWS.map((r) => [r.label, r] as const))("%s works with its scope alone and appends exactly one advisor.view", async (_label, row) => {
    const scope: AdvisorScope = ADVISOR_SECTIONS[row.section];
    const { advisor } = await advisorWith(fx.resident.id, [scope]);
    actAs(advisor.id);
    const audits = await db().auditEvent.count();
    const result = await row.view(await currentViewer(), fx);
    expect(result.name).toBe(fx.resident.name);
    expect(await db().auditEvent.count()).toBe(audits + 1);
    const event = await lastAudit();
    expect(event).toMatchObject({ action: "advisor.view", actorId: advisor.id, subjectUserId: fx.resident.id, section: row.section });
    const sharing = await getSharing(viewerOf(fx.resident), NOW);
    expect(sharing.views.find((v) => v.id === String(event!.id))).toMatchObject({ advisorName: advisor.name, section: row.section });
  });

  it("liveGrantWhere: a grant is live until it is revoked or its end passes (the end itself is already over)", async () => {
    const cases = [
      { state: "no end", extra: {}, live: true },
      { state: "ends a second from now", extra: { expiresAt: new Date(NOW.getTime() + 1_000) }, live: true },
      { state: "ends now", extra: { expiresAt: NOW }, live: false },
      { state: "revoked yesterday", extra: { revokedAt: new Date(NOW.getTime() - DAY) }, live: false },
    ];
    const ids = new Map<string, string>();
    for (const c of cases) ids.set((await advisorWith(fx.resident.id, ["targets"], c.extra)).grant.id, c.state);
    const live = await db().advisorGrant.findMany({ where: { id: { in: [...ids.keys()] }, ...liveGrantWhere(NOW) }, select: { id: true } });
    expect(live.map((g) => ids.get(g.id)).sort()).toEqual(
      cases
        .filter((c) => c.live)
        .map((c) => c.state)
        .sort(),
    );
    const sharing = await getSharing(viewerOf(fx.resident), NOW);
    for (const [id, state] of ids)
      expect(
        sharing.live.some((g) => g.id === id),
        state,
      ).toBe(cases.find((c) => c.state === state)!.live);
  });

  it("refuses a viewer who is not an advisor, even the resident themselves", async () => {
    expect(await codeOf(requireAdvisorAccess(viewerOf(fx.resident), fx.resident.id, NOW, "overview"))).toBe("NOT_FOUND");
    expect(await codeOf(requireAdvisorAccess(viewerOf(fx.peer), fx.resident.id, NOW, "people"))).toBe("NOT_FOUND");
  });

  it("refuses an advisor with no grant from this resident, though they have one from someone else", async () => {
    const other = await createResident();
    const { advisor } = await advisorWith(other.id, ALL_SCOPES);
    actAs(advisor.id);
    expect(await codeOf(getAdvisedOverview(await currentViewer(), fx.resident.id, NOW))).toBe("NOT_FOUND");
    await expect(getAdvisedOverview(await currentViewer(), other.id, NOW)).resolves.toMatchObject({ name: other.name });
  });

  it("hides Plan B unless plan_b is shared", async () => {
    const without = await advisorWith(fx.resident.id, ["targets"]);
    actAs(without.advisor.id);
    const hidden = await getAdvisedTargets(await currentViewer(), fx.resident.id, NOW);
    expect(hidden.target).toMatchObject({ specialty: "dermatology", planB: null, planBDetail: null, planBShared: false });
    expect(JSON.stringify(hidden)).not.toContain(PLAN_B_DETAIL);

    const withPlanB = await advisorWith(fx.resident.id, ["targets", "plan_b"]);
    actAs(withPlanB.advisor.id);
    const shown = await getAdvisedTargets(await currentViewer(), fx.resident.id, NOW);
    expect(shown.target).toMatchObject({ specialty: "dermatology", planB: "RESEARCH_YEAR", planBDetail: PLAN_B_DETAIL, planBShared: true });
  });

  // Issue 13, "Advisor view": advisor pages ran the resident's own reads and blanked a few fields, so an advisor with
  // people but not private_notes received whole rows, touch notes and meeting advice included.
  it("with people but not private_notes, an advisor receives no private notes, touch notes, meeting questions or advice, and never an email", async () => {
    const without = await advisorWith(fx.resident.id, ["people"]);
    actAs(without.advisor.id);
    const hidden = await getAdvisedPerson(await currentViewer(), fx.resident.id, fx.personId, NOW);
    expect(hidden.person.privateNotes).toBeNull();
    expect(hidden.privateNotesShared).toBe(false);
    expect(hidden.person.touches.length).toBeGreaterThan(0);
    for (const t of hidden.person.touches) expect(t.notes).toBeNull();
    expect(hidden.person.meetings.map((m) => [m.questions, m.advice])).toEqual([
      [null, null],
      [null, null],
    ]);
    const everything = JSON.stringify([hidden, await getAdvisedPeople(await currentViewer(), fx.resident.id, NOW)]);
    for (const secret of [PRIVATE_NOTES, TOUCH_NOTES, MEETING_ADVICE, MEETING_QUESTIONS, "m.ramos@example.org"]) expect(everything).not.toContain(secret);

    const withNotes = await advisorWith(fx.resident.id, ["people", "private_notes"]);
    actAs(withNotes.advisor.id);
    const shown = await getAdvisedPerson(await currentViewer(), fx.resident.id, fx.personId, NOW);
    expect(shown.person.privateNotes).toBe(PRIVATE_NOTES);
    expect(shown.privateNotesShared).toBe(true);
    expect(shown.person.touches.map((t) => t.notes)).toContain(TOUCH_NOTES);
    expect(JSON.stringify(shown)).toContain(MEETING_ADVICE);
    expect(JSON.stringify(shown)).not.toContain("m.ramos@example.org");
  });

  it("advisorPerson of a person who is not the resident's is NOT_FOUND", async () => {
    actAs(fx.peer.id);
    const peersPerson = okData(await createPerson({ name: uniqueName(), role: "ATTENDING", tags: [], isAList: false })).id;
    const { advisor } = await advisorWith(fx.resident.id, ["people", "private_notes"]);
    actAs(advisor.id);
    expect(await codeOf(getAdvisedPerson(await currentViewer(), fx.resident.id, peersPerson, NOW))).toBe("NOT_FOUND");
  });

  it("shows message contents only with message_contents; without it, counts and dates but no messages", async () => {
    const without = await advisorWith(fx.resident.id, ["programs"]);
    actAs(without.advisor.id);
    const hidden = await getAdvisedPrograms(await currentViewer(), fx.resident.id, NOW);
    expect(hidden.contentsShared).toBe(false);
    expect(hidden.cycleName).toBe("2026 Match");
    expect(hidden.programs.map((p) => p.id).sort()).toEqual([fx.programId, fx.loiProgramId].sort());
    for (const p of hidden.programs) expect(p.messages).toEqual([]);
    // Issue 13, "Advisor view": without loi_status nothing about the letter of intent shows, not even its date.
    const loi = hidden.programs.find((p) => p.id === fx.loiProgramId)!;
    expect(loi.messageCount).toBe(0);
    expect(loi.lastContact).toBeNull();
    expect(loi.claimedFirstChoice).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain(LOI_BODY);
    expect(JSON.stringify(hidden)).not.toContain("LETTER_OF_INTENT");

    const withContents = await advisorWith(fx.resident.id, ["programs", "message_contents", "loi_status"]);
    actAs(withContents.advisor.id);
    const shown = await getAdvisedPrograms(await currentViewer(), fx.resident.id, NOW);
    expect(shown.contentsShared).toBe(true);
    const shownLoi = shown.programs.find((p) => p.id === fx.loiProgramId)!;
    expect(shownLoi.messages).toHaveLength(1);
    expect(shownLoi.messages[0]).toMatchObject({ kind: "LETTER_OF_INTENT", body: LOI_BODY });
    expect(shownLoi.claimedFirstChoice).toBe(true);
    expect(shown.programs.find((p) => p.id === fx.programId)!.messages).toEqual([]);
  });

  it("a revoked grant fails on the very next call, with the advisor's session unchanged", async () => {
    const { advisor, grant } = await advisorWith(fx.resident.id, ALL_SCOPES);
    actAs(advisor.id);
    await expect(getAdvisedPeople(await currentViewer(), fx.resident.id, NOW)).resolves.toMatchObject({ name: fx.resident.name });
    await revokeGrantDal(viewerOf(fx.resident), grant.id, NOW);
    expect(await codeOf(getAdvisedPeople(await currentViewer(), fx.resident.id, NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getAdvisedOverview(await currentViewer(), fx.resident.id, NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getAdvisedPacket(await currentViewer(), fx.resident.id, NOW))).toBe("NOT_FOUND");
  });

  it("an expired grant fails; one that expires later still works", async () => {
    const expired = await advisorWith(fx.resident.id, ALL_SCOPES, { expiresAt: new Date(NOW.getTime() - 1) });
    actAs(expired.advisor.id);
    expect(await codeOf(getAdvisedTargets(await currentViewer(), fx.resident.id, NOW))).toBe("NOT_FOUND");
    const atNow = await advisorWith(fx.resident.id, ALL_SCOPES, { expiresAt: NOW });
    actAs(atNow.advisor.id);
    expect(await codeOf(getAdvisedTargets(await currentViewer(), fx.resident.id, NOW))).toBe("NOT_FOUND");
    const later = await advisorWith(fx.resident.id, ALL_SCOPES, { expiresAt: new Date(NOW.getTime() + 60_000) });
    actAs(later.advisor.id);
    await expect(getAdvisedTargets(await currentViewer(), fx.resident.id, NOW)).resolves.toMatchObject({ name: fx.resident.name });
    expect(await codeOf(getAdvisedTargets(await currentViewer(), fx.resident.id, new Date(NOW.getTime() + 120_000)))).toBe("NOT_FOUND");
  });

  it("advisorOverview logs one 'overview' view, and nothing with {record: false}", async () => {
    const { advisor } = await advisorWith(fx.resident.id, ["loi_status"]);
    actAs(advisor.id);
    const audits = await db().auditEvent.count();
    await expect(getAdvisedOverview(await currentViewer(), fx.resident.id, NOW, { record: false })).resolves.toMatchObject({
      name: fx.resident.name,
      scopes: ["loi_status"],
    });
    expect(await db().auditEvent.count()).toBe(audits);
    await getAdvisedOverview(await currentViewer(), fx.resident.id, NOW);
    expect(await db().auditEvent.count()).toBe(audits + 1);
    expect(await lastAudit()).toMatchObject({ action: "advisor.view", actorId: advisor.id, subjectUserId: fx.resident.id, section: "overview" });
  });

  it("advisorPacket shows only what the scopes share", async () => {
    const narrow = await advisorWith(fx.resident.id, ["loi_status"]);
    actAs(narrow.advisor.id);
    const packet = await getAdvisedPacket(await currentViewer(), fx.resident.id, NOW);
    expect(packet).toMatchObject({
      name: fx.resident.name,
      target: null,
      decision: null,
      aList: null,
      overdue: null,
      letters: null,
      touchpoints: null,
      openQuestions: [],
    });
    expect(await lastAudit()).toMatchObject({ action: "advisor.view", actorId: narrow.advisor.id, section: "packet" });

    const wide = await advisorWith(fx.resident.id, ALL_SCOPES);
    actAs(wide.advisor.id);
    const full = await getAdvisedPacket(await currentViewer(), fx.resident.id, NOW);
    expect(full.target).toMatchObject({ stance: "PREFER_REGION" });
    expect(full.aList).toHaveLength(1);
    expect(full.letters).not.toBeNull();
    expect(full.touchpoints).not.toBeNull();
    expect(full.openQuestions).toHaveLength(2);
  });

  it("advisorHome lists only residents with live grants, hides fields whose scope is off, and logs nothing", async () => {
    const advisor = await createAdvisor();
    const [narrow, expired, revoked, elsewhere] = [await createResident(), await createResident(), await createResident(), await createResident()];
    await db().advisorGrant.createMany({
      data: [
        { residentId: fx.resident.id, advisorId: advisor.id, scopes: ALL_SCOPES },
        { residentId: narrow.id, advisorId: advisor.id, scopes: ["loi_status"] },
        { residentId: expired.id, advisorId: advisor.id, scopes: ALL_SCOPES, expiresAt: new Date(NOW.getTime() - DAY) },
        { residentId: revoked.id, advisorId: advisor.id, scopes: ALL_SCOPES, revokedAt: new Date(NOW.getTime() - DAY) },
      ],
    });
    await advisorWith(elsewhere.id, ALL_SCOPES); // someone else's advisor
    actAs(advisor.id);
    const audits = await db().auditEvent.count();
    const home = await getAdvisorHome(await currentViewer(), NOW);
    expect(home.map((r) => r.residentId).sort()).toEqual([fx.resident.id, narrow.id].sort());
    expect(home.find((r) => r.residentId === narrow.id)).toMatchObject({
      name: narrow.name,
      target: null,
      decision: null,
      aListTouches: null,
      lettersSecured: null,
      nextTouchpoint: null,
      overdue: null,
      scopes: ["loi_status"],
    });
    const full = home.find((r) => r.residentId === fx.resident.id)!;
    expect(full.target).not.toBeNull();
    expect(full.decision).not.toBeNull();
    expect(full.aListTouches).toMatchObject({ total: 3 });
    expect(full.lettersSecured).toBe(1);
    expect(full.overdue).not.toBeNull();
    expect(await db().auditEvent.count()).toBe(audits);

    actAs(fx.resident.id);
    expect(await getAdvisorHome(await currentViewer(), NOW)).toEqual([]);
  });
});
