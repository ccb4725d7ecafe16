// Hostile input against every server action: each export of each "use server" file under lib/actions is called by
// a signed-in resident who owns one of everything, with arbitrary values (fc.anything), objects keyed
// "__proto__" / "constructor" / "prototype", 100k-character strings, unicode (astral, emoji, RTL overrides, lone
// surrogates, NUL), awkward numbers and nested arrays, both as the plain argument and as FormData, and as valid
// inputs with one field replaced by a hostile value. Every call must resolve to a well-formed ActionResult whose
// failure message is a sentence for a person: no stack, no SQL, no Prisma, no paths, no ids the caller did not send.
// UNAVAILABLE ("action failed unexpectedly") is an unexpected exception and fails the test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { saveDraft } from "@/lib/actions/messages/save-draft";
import { recordOverstep } from "@/lib/actions/programs/record-overstep";
import { inviteAdvisor } from "@/lib/actions/advisors/invite-advisor";
import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { createPerson } from "@/lib/actions/people/create-person";
import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import { createProgram } from "@/lib/actions/programs/create-program";
import type { Action, ActionResult } from "@/lib/actions/safe-action";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { logTouch } from "@/lib/actions/touches/log-touch";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { HTTP_STATUS } from "@/lib/errors";
import { ADVISOR_SCOPES } from "@/lib/rules/advisor-scopes";
import { createInvite as createInviteDal } from "@/lib/server/cohorts/invites";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { digestUnsubscribeToken } from "@/lib/server/plan/digest";
import { withTestDatabase } from "@/lib/testing/db";
import { EVIDENCE_ACTION_INPUTS, buildEvidenceRecords, type EvidenceIds } from "@/lib/testing/evidence-fixture";
import { createAdvisor, createCohort as createCohortRow, createResident, csvUpload } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";
import { EDGE_NUMBERS, LEAKS } from "@/lib/security-tests/hostile-values";

withTestDatabase();

/** Inside the 2026 Match's letter-of-intent window, as in advisor-access.test.ts. */
const NOW = new Date("2026-01-20T15:00:00.000Z");
const RUNS_PER_ACTION = 100;
const RUNS_FOR_ALL = 1_000;
const APP_ERROR_CODES = Object.keys(HTTP_STATUS);

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({
  userId: u.id,
  email: u.email,
  name: u.name,
  role: "RESIDENT",
  residentId: u.id,
});

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`fixture: expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------------
// Every exported function of every action file
// ---------------------------------------------------------------------------------------------------------------

const ACTIONS_DIR = path.resolve(import.meta.dirname, "../actions");
/** Helpers under lib/actions that are not server actions. Everything else must be a "use server" file. */
const HELPER_FILES = ["safe-action.ts"];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const ACTION_FILES = listFiles(ACTIONS_DIR).filter((file) => !HELPER_FILES.includes(path.relative(ACTIONS_DIR, file)));
const DISCOVERED: { key: string; action: Action<unknown> }[] = [];
for (const file of ACTION_FILES) {
  const mod = (await import(file)) as Record<string, unknown>;
  const base = path.relative(ACTIONS_DIR, file).replace(/\.ts$/, "").split(path.sep).join("/");
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === "function")
      DISCOVERED.push({
        key: `${base}:${name}`,
        action: value as Action<unknown>,
      });
  }
}
DISCOVERED.sort((a, b) => a.key.localeCompare(b.key));
const ACTION_BY_KEY = new Map(DISCOVERED.map((d) => [d.key, d.action]));
const KEYS = DISCOVERED.map((d) => d.key);

// ---------------------------------------------------------------------------------------------------------------
// The resident who calls everything, with one of each record
// ---------------------------------------------------------------------------------------------------------------

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
  grantId: string;
  /** Records of another resident: their ids must never show up in what the caller is told. */
  foreignIds: string[];
} & EvidenceIds;

let fx: Fixture;

async function buildFixture(): Promise<Fixture> {
  const resident = await createResident({
    programStartDate: new Date(Date.UTC(2025, 6, 1)),
  });
  const peer = await createResident({
    programStartDate: new Date(Date.UTC(2025, 6, 1)),
  });
  actAs(peer.id);
  const foreignPerson = okData(
    await createPerson({
      name: "Dr. Someone Else",
      role: "ATTENDING",
      tags: [],
      isAList: false,
    }),
  ).id;
  const foreignProgram = okData(
    await createProgram({
      name: "Peer Program",
      institution: "Peer Hospital",
      programType: "CATEGORICAL",
      participatesInMatch: true,
    }),
  ).id;

  actAs(resident.id);
  okData(
    await saveTargets({
      specialty: "dermatology",
      geoStance: "PREFER_REGION",
      geoDetail: "Pacific Northwest",
      planB: "RESEARCH_YEAR",
      unsuccessfulCycles: 1,
    }),
  );
  const personId = okData(
    await createPerson({
      name: "Dr. Maria Ramos",
      role: "ATTENDING",
      specialty: "internal-medicine",
      tags: ["LETTER_WRITER"],
      isAList: true,
    }),
  ).id;
  const otherPersonId = okData(
    await createPerson({
      name: "Dr. Ken Lee",
      role: "PROGRAM_DIRECTOR",
      tags: [],
      isAList: false,
    }),
  ).id;
  const touchId = okData(
    await logTouch({
      personId,
      kind: "FOLLOW_UP",
      channel: "EMAIL",
      occurredOn: "2026-01-12",
      awaitingReply: true,
    }),
  ).id;
  const plannedMeetingId = okData(await planMeeting({ personId, kind: "INTRO", scheduledOn: "2026-01-28" })).id;
  const doneMeetingId = okData(await planMeeting({ personId, kind: "ADVICE", scheduledOn: "2026-01-14" })).id;
  okData(
    await completeMeeting({
      meetingId: doneMeetingId,
      completedOn: "2026-01-14",
      actionItems: "Draft the case report",
    }),
  );
  const item = await db().actionItem.findFirstOrThrow({
    where: { meetingId: doneMeetingId },
  });
  const askId = okData(
    await createAsk({
      personId,
      kind: "LETTER",
      status: "AGREED",
      askedOn: "2026-01-15",
    }),
  ).id;
  const programId = okData(
    await createProgram({
      name: "Riverside Internal Medicine",
      institution: "Riverside Hospital",
      programType: "CATEGORICAL",
      participatesInMatch: true,
      interviewDate: "2025-11-10",
      nrmpCode: "1234140C0",
    }),
  ).id;
  const cycleId = (await ensureCycles(viewerOf(resident))).find((c) => c.name === "2026 Match")!.id;
  const messageId = okData(
    await recordMessage({
      programId,
      cycleId,
      kind: "INTEREST_UPDATE",
      subject: "Update",
      body: "Since my interview I finished a quality-improvement project.",
    }),
  ).id;
  const draftId = okData(await saveDraft({ programId, cycleId, kind: "FINAL_NOTE", subject: "A last note", body: "Dear Dr. Lee, a last note." })).id;
  const overstepId = okData(await recordOverstep({ programId, occurredOn: "2026-01-15", kind: "ASKED_RANKING", said: "Where will you rank us?" })).id;
  const rotationId = okData(
    await saveRotation({
      startsOn: "2026-02-02",
      endsOn: "2026-02-27",
      service: "Cardiology consults",
      attendingIds: [personId],
    }),
  ).id;
  const entryId = okData(
    await addLogEntry({
      occurredOn: "2026-01-16",
      action: "Presented a case at morning report",
    }),
  ).id;

  const cohort = await createCohortRow([{ userId: resident.id, role: "MODERATOR" }, { userId: peer.id }]);
  const postRow = (authorId: string, title: string) => ({
    cohortId: cohort.id,
    authorId,
    kind: "OPENING" as const,
    openingLevel: "CATEGORICAL_PGY1" as const,
    specialty: "internal-medicine",
    programName: "Internal Medicine Residency",
    institution: "Dayton Medical Center",
    location: "Dayton, OH",
    title,
    body: "A categorical PGY-1 internal medicine position is open for a January start.",
    evidenceKind: "RUMOUR" as const,
    heardOn: new Date("2026-01-10T00:00:00Z"),
    heardHow: "Heard at morning report",
  });
  const post = await db().boardPost.create({
    data: {
      ...postRow(resident.id, "Categorical IM PGY-1 spot"),
      commentCount: 1,
    },
  });
  const peerPost = await db().boardPost.create({
    data: postRow(peer.id, "PGY-2 neurology seat"),
  });
  const comment = await db().postComment.create({
    data: { postId: post.id, authorId: peer.id, body: "January or July?" },
  });
  const { token: cohortToken } = await createInviteDal(viewerOf(resident), { cohortId: cohort.id, expiresInDays: 14, maxUses: 10 }, NOW);
  const cohortInvite = await db().cohortInvite.findFirstOrThrow({
    where: { cohortId: cohort.id },
  });

  okData(
    await inviteAdvisor({
      email: `pending.${faker.string.alpha(8).toLowerCase()}@example.org`,
      scopes: ["people"],
    }),
  );
  const invitation = await db().advisorInvitation.findFirstOrThrow({
    where: { residentId: resident.id },
  });
  const advisor = await createAdvisor();
  const grant = await db().advisorGrant.create({
    data: {
      residentId: resident.id,
      advisorId: advisor.id,
      scopes: [...ADVISOR_SCOPES],
    },
  });
  actAs(resident.id);
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
    grantId: grant.id,
    foreignIds: [peer.id, foreignPerson, foreignProgram, advisor.id],
    ...evidence,
  };
}

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  fx = await buildFixture();
});

// ---------------------------------------------------------------------------------------------------------------
// One valid input per action, aimed at the caller's own records. A new action fails the coverage test until it has
// a row here. Every field of every destructive action (delete*, revoke*, remove*, leave*) is a required id, so a
// mutated input never deletes the fixture.
// ---------------------------------------------------------------------------------------------------------------

const BAD_TOKEN = "not-a-real-invitation-token-000000000000";
const postInput = (f: Fixture) => ({
  cohortId: f.cohortId,
  kind: "OPENING",
  openingLevel: "PGY2",
  specialty: "neurology",
  programName: "Neurology Residency",
  institution: "Columbus University Hospital",
  location: "Columbus, OH",
  title: "PGY-2 neurology position opening for July 2027",
  body: "An unexpected PGY-2 position opened for July 2027. Applications go through ERAS.",
  evidenceKind: "RUMOUR",
  heardOn: "2026-01-18",
  heardHow: "From a co-resident",
  acknowledgedPersonWarning: false,
});
const profileInput = {
  track: "PRELIM_MEDICINE",
  programName: "Preliminary Internal Medicine",
  institution: "Mercy General",
  programStartDate: "2025-07-01",
  isImg: "yes",
  visaStatus: "J1",
};
const programInput = {
  name: "Lakeshore Internal Medicine",
  institution: "Lakeshore Hospital",
  programType: "CATEGORICAL",
  participatesInMatch: true,
  status: "RANKED",
};

const VALID: Record<string, (f: Fixture) => Record<string, unknown>> = {
  // Not the caller's password: the change is refused, so the fixture keeps its password.
  "account/change-password:changePassword": () => ({
    currentPassword: "not the current password",
    newPassword: "a brand new password here",
    confirmPassword: "a brand new password here",
  }),
  // Ends the caller's sessions; the next call signs in again (test-session.ts).
  "account/sign-out-everywhere:signOutEverywhere": () => ({}),
  "account/sign-out-session:signOutSession": () => ({
    sessionId: "00000000-0000-4000-8000-000000000000",
  }),
  ...EVIDENCE_ACTION_INPUTS,
  // Any string passes the schema; the caller's own email would delete the fixture, so it is a different address.
  "account/unsubscribe-digest:unsubscribeDigest": (f) => ({ token: digestUnsubscribeToken(f.resident.id) }),
  "account/delete-account:deleteAccount": () => ({
    confirmation: "someone.else@example.org",
  }),
  "advisors/accept-invitation:acceptInvitation": () => ({ token: BAD_TOKEN }),
  "advisors/invite-advisor:inviteAdvisor": () => ({
    email: `advisor.${faker.string.alpha(8).toLowerCase()}@example.org`,
    scopes: ["people"],
    grantEndsOn: "2026-06-30",
  }),
  "advisors/revoke-grant:revokeGrant": (f) => ({ grantId: f.grantId }),
  "advisors/revoke-invitation:revokeInvitation": (f) => ({
    invitationId: f.invitationId,
  }),
  "advisors/update-grant:updateGrant": (f) => ({
    grantId: f.grantId,
    scopes: [...ADVISOR_SCOPES],
    grantEndsOn: "2026-06-30",
  }),
  "asks/create-ask:createAsk": (f) => ({
    personId: f.personId,
    kind: "INTRODUCTION",
    status: "PLANNED",
    notes: "Ask for an intro",
  }),
  "asks/delete-ask:deleteAsk": (f) => ({ askId: f.askId }),
  "asks/update-ask:updateAsk": (f) => ({
    askId: f.askId,
    personId: f.personId,
    kind: "LETTER",
    status: "AGREED",
    askedOn: "2026-01-15",
    notes: "Agreed",
  }),
  "auth/request-link:requestEmailLink": (f) => ({
    email: f.resident.email,
    purpose: "MAGIC_LINK",
  }),
  "auth/reset-password:resetPassword": () => ({
    token: BAD_TOKEN,
    password: "a brand new password here",
    confirmPassword: "a brand new password here",
  }),
  "auth/sign-up:signUp": () => ({
    name: "Second Account",
    email: `second.${faker.string.alpha(10).toLowerCase()}@example.org`,
    password: "a password for the second account",
  }),
  "board/add-comment:addComment": (f) => ({
    postId: f.postId,
    parentId: f.commentId,
    body: "Thanks, July.",
  }),
  "board/create-post:createPost": (f) => postInput(f),
  "board/flag-post:flagPost": (f) => ({
    postId: f.peerPostId,
    reason: "DUPLICATE",
    note: "Posted twice",
  }),
  "board/mark-notifications-read:markNotificationsRead": () => ({}),
  "board/moderate-post:moderatePost": (f) => ({
    postId: f.peerPostId,
    decision: "RESTORE",
  }),
  "board/react-to-post:reactToPost": (f) => ({
    postId: f.peerPostId,
    kind: "INTEREST",
    on: true,
  }),
  "board/update-post:updatePost": (f) => ({
    postId: f.postId,
    ...postInput(f),
  }),
  "cohorts/create-cohort:createCohort": () => ({
    name: "Prelim IM 2026-27",
    programName: "Preliminary Internal Medicine",
    institution: "Mercy General",
    year: 2026,
    track: "PRELIM_MEDICINE",
  }),
  "cohorts/create-invite:createInvite": (f) => ({
    cohortId: f.cohortId,
    expiresInDays: 30,
    maxUses: 100,
  }),
  "cohorts/join-cohort:joinCohort": (f) => ({ token: f.cohortToken }),
  "cohorts/leave-cohort:leaveCohort": (f) => ({ cohortId: f.cohortId }),
  "cohorts/lift-ban:liftBan": (f) => ({ cohortId: f.cohortId, userId: f.peer.id }),
  "cohorts/remove-member:removeMember": (f) => ({
    cohortId: f.cohortId,
    userId: f.peer.id,
  }),
  "cohorts/revoke-invite:revokeInvite": (f) => ({
    cohortId: f.cohortId,
    inviteId: f.cohortInviteId,
  }),
  "cohorts/set-member-role:setMemberRole": (f) => ({
    cohortId: f.cohortId,
    userId: f.peer.id,
    role: "MEMBER",
  }),
  "meetings/cancel-meeting:cancelMeeting": (f) => ({
    meetingId: f.plannedMeetingId,
  }),
  "meetings/complete-meeting:completeMeeting": (f) => ({
    meetingId: f.plannedMeetingId,
    completedOn: "2026-01-19",
    advice: "Publish first",
    actionItems: "Write it up",
  }),
  "meetings/mark-reported-back:markReportedBack": (f) => ({
    meetingId: f.doneMeetingId,
  }),
  "meetings/plan-meeting:planMeeting": (f) => ({
    personId: f.personId,
    kind: "ADVICE",
    scheduledOn: "2026-02-10",
    questions: "What next?",
  }),
  "meetings/update-action-item:updateActionItem": (f) => ({
    itemId: f.itemId,
    meetingId: f.doneMeetingId,
    status: "DONE",
  }),
  "meetings/update-meeting-prep:updateMeetingPrep": (f) => ({
    meetingId: f.plannedMeetingId,
    prepCv: true,
    prepGoals: false,
    prepQuestions: true,
    questions: "Why dermatology?",
  }),
  "messages/answer-message:answerMessage": (f) => ({ messageId: f.messageId, sent: true }),
  "messages/delete-draft:deleteDraft": (f) => ({ draftId: f.draftId }),
  "messages/save-draft:saveDraft": (f) => ({
    draftId: f.draftId,
    programId: f.programId,
    cycleId: f.cycleId,
    kind: "FINAL_NOTE",
    subject: "A last note",
    body: "Dear Dr. Lee, still interested.",
  }),
  "messages/save-rank-order:saveRankOrder": (f) => ({ cycleId: f.cycleId, programIds: [f.programId] }),
  "programs/delete-overstep:deleteOverstep": (f) => ({ overstepId: f.overstepId }),
  "programs/dismiss-season-task:dismissSeasonTask": (f) => ({ programId: f.programId, kind: "IMPRESSIONS", interviewDate: "2025-11-10" }),
  "programs/record-overstep:recordOverstep": (f) => ({
    programId: f.programId,
    occurredOn: "2026-01-19",
    kind: "OFFERED_COMMITMENT",
    said: "Rank us first and you will match.",
  }),
  "programs/save-impressions:saveImpressions": (f) => ({ programId: f.programId, liked: "The clinic curriculum." }),
  "messages/record-message:recordMessage": (f) => ({
    programId: f.programId,
    cycleId: f.cycleId,
    kind: "INTEREST_UPDATE",
    subject: "Update",
    body: "Since my interview I finished a quality-improvement project.",
    confirmWarnings: [],
  }),
  "people/create-person:createPerson": () => ({
    name: "Dr. New Person",
    role: "ATTENDING",
    specialty: "neurology",
    email: "new.person@example.org",
    tags: ["KNOWS_PDS"],
    howWeMet: "Wards",
    isAList: false,
  }),
  "people/delete-person:deletePerson": (f) => ({ personId: f.personId }),
  "people/import-people:importPeople": () => csvUpload("name,role,a_list\nDr. Imported Person,Attending,no\n"),
  "people/set-a-list:setAList": (f) => ({
    personId: f.personId,
    isAList: true,
  }),
  "people/update-person:updatePerson": (f) => ({
    personId: f.personId,
    name: "Dr. Maria Ramos",
    role: "ATTENDING",
    tags: ["LETTER_WRITER"],
    privateNotes: "Notes",
    isAList: true,
  }),
  "plan/add-log-entry:addLogEntry": () => ({
    occurredOn: "2026-01-19",
    service: "Wards",
    action: "Presented at noon conference",
    nextStep: "Send slides",
  }),
  "plan/complete-prompt:completePrompt": (f) => ({
    rotationId: f.rotationId,
    promptKey: "before",
    logTouch: false,
  }),
  "plan/delete-log-entry:deleteLogEntry": (f) => ({ entryId: f.entryId }),
  "plan/delete-rotation:deleteRotation": (f) => ({ rotationId: f.rotationId }),
  "plan/log-outreach:logOutreach": (f) => ({
    personId: f.personId,
    templateKey: "thank-you-update",
    subject: "Thank you",
    awaitingReply: true,
  }),
  "plan/regenerate-calendar-feed:regenerateCalendarFeed": () => ({
    disable: false,
  }),
  "plan/save-rotation:saveRotation": (f) => ({
    rotationId: f.rotationId,
    startsOn: "2026-02-02",
    endsOn: "2026-02-27",
    service: "Cardiology consults",
    site: "Main",
    notes: "Busy",
    attendingIds: [f.personId],
  }),
  "plan/set-digest-enabled:setDigestEnabled": () => ({ enabled: true }),
  "plan/set-late-start-step:setLateStartStep": () => ({ key: "see-pd", done: true }),
  "plan/save-digest-schedule:saveDigestSchedule": () => ({ weekday: "1", hour: "7", timeZone: "America/Chicago" }),
  "plan/set-phase-done:setPhaseDone": () => ({ key: "statement", done: true }),
  "plan/update-touchpoint:updateTouchpoint": () => ({
    key: "mid-year",
    status: "DONE",
    onDate: "2026-01-19",
    notes: "Met the PD",
  }),
  "profile/complete-onboarding:completeOnboarding": () => ({
    role: "RESIDENT",
    ...profileInput,
  }),
  "profile/update-profile:updateProfile": () => ({
    name: "Resident Name",
    ...profileInput,
  }),
  "programs/create-program:createProgram": () => ({
    ...programInput,
    city: "Chicago",
    state: "IL",
    notes: "Strong IMG history",
  }),
  "programs/delete-program:deleteProgram": (f) => ({ programId: f.programId }),
  "programs/import-programs:importPrograms": () => csvUpload("name,institution,program_type\nImported Program,Imported General,CATEGORICAL\n"),
  "programs/set-soap-contact:setSoapContact": (f) => ({
    programId: f.programId,
    on: "2026-01-19",
  }),
  "programs/update-cycle:updateCycle": (f) => ({
    cycleId: f.cycleId,
    applicationsOpen: "2025-09-24",
    rankListDeadline: "2026-03-04",
    matchWeekMonday: "2026-03-16",
    soapEnd: "2026-03-19",
    matchDay: "2026-03-20",
    trainingStart: "2026-07-01",
  }),
  "programs/update-program:updateProgram": (f) => ({
    programId: f.programId,
    ...programInput,
    name: "Riverside Internal Medicine",
    nrmpCode: "1234140C0",
  }),
  "targets/save-targets:saveTargets": () => ({
    specialty: "dermatology",
    geoStance: "PREFER_REGION",
    geoDetail: "Pacific Northwest",
    planB: "PIVOT",
    unsuccessfulCycles: 1,
  }),
  "targets/set-decision:setDecision": () => ({ decision: "REAPPLY" }),
  "touches/delete-touch:deleteTouch": (f) => ({
    touchId: f.touchId,
    personId: f.personId,
  }),
  "touches/log-touch:logTouch": (f) => ({
    personId: f.personId,
    kind: "UPDATE",
    channel: "EMAIL",
    occurredOn: "2026-01-19",
    notes: "Sent an update",
    awaitingReply: true,
    followUpDays: 8,
  }),
  "touches/mark-reply-received:markReplyReceived": (f) => ({
    touchId: f.touchId,
    personId: f.personId,
  }),
};

// ---------------------------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------------------------

const SPECIAL_CHARS = [
  "\u0000",
  "\u202E",
  "\u202D",
  "\u200F",
  "\u200B",
  "\uFEFF",
  "\uD800",
  "\uDFFF",
  "\uFFFF",
  "\u0301",
  "👩🏽‍⚕️",
  "🏳️‍🌈",
  "𝕏",
  "ﷺ",
  "\r\n",
  "\t",
  "\\",
  "'",
  '"',
  "`",
  "%",
  "_",
];
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "Dr. Ramos\u0000",
  "\u202Egnp.exe",
  "שלום עולם",
  "مرحبا بالعالم",
  "👩‍⚕️🏥💉",
  "\uD83D",
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  "$1::uuid",
  "&|!():*'\\",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "${7*7}{{7*7}}",
  "%s%n%x",
  "../../../../etc/passwd",
  "NaN",
  "Infinity",
  "-0",
  "1e308",
  "null",
  "undefined",
  "true",
  "on",
  "[object Object]",
  "__proto__",
  "constructor",
  "prototype",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "2026-01-19T00:00:00Z",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "3f1c2b7a-9d4e-4c6b-8a2f-1e5d7c9b0a34",
  "------------------------------------",
  "name,role\n\u0000,Attending\n",
  'name,role,a_list\n"unterminated,Attending,no\n',
  "__proto__,constructor\nx,y\n",
];
const NASTY_NUMBERS = [...EDGE_NUMBERS, Number.MAX_SAFE_INTEGER + 2, -(2 ** 31) - 1, 2 ** 32, 0.1 + 0.2, 7, 2026, 1];

/** Up to 100,000 characters, built by repetition so generation stays cheap. */
const longString = fc
  .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom(...SPECIAL_CHARS, "a ", "#1 ", "x,")), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
const withSpecial = fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...SPECIAL_CHARS), fc.string({ maxLength: 20 })).map(([a, s, b]) => `${a}${s}${b}`);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  withSpecial,
  longString,
);
/** Inserts special characters into a string at a random place (NUL, RTL overrides, lone surrogates, emoji...). */
const poison: fc.Arbitrary<(s: string) => string> = fc
  .record({
    chars: fc.array(fc.constantFrom(...SPECIAL_CHARS), {
      minLength: 1,
      maxLength: 3,
    }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ chars, at }) => (s: string) => {
    const i = Math.floor(at * s.length);
    return `${s.slice(0, i)}${chars.join("")}${s.slice(i)}`;
  });
const hostileNumber: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.double(), fc.integer());
const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "$ACTION_ID_x", "_form"),
  fc.string({ maxLength: 12 }),
);

const { value: hostileValue } = fc.letrec<{
  value: unknown;
  array: unknown[];
  object: Record<string, unknown>;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, undefined, true, false),
    // Plain JSON objects that throw when turned into a string or number (String(), `${}`, Number()).
    fc.constantFrom<unknown>({ toString: null }, { toString: null, valueOf: null }, { valueOf: {}, toString: 1 }, Object.create(null) as unknown),
    fc.date({ noInvalidDate: false }),
    fc.bigInt(),
    fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
    }),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
}));

/** `{"__proto__": {...}}` parsed from JSON: the classic pollution payload, as an own property. */
const protoPayload = fc
  .tuple(fc.constantFrom("__proto__", "constructor", "prototype"), fc.string({ maxLength: 8 }))
  .map(
    ([key, marker]) =>
      JSON.parse(`{"${key}": {"polluted": "yes${JSON.stringify(marker).slice(1, -1)}", "prototype": {"polluted": "yes"}}}`) as Record<string, unknown>,
  );

type Call = { arg: unknown; formData?: Record<string, string[]>; how: string };

function callArb(key: string): fc.Arbitrary<Call> {
  const build = VALID[key];
  const whole: fc.Arbitrary<Call> = fc.oneof(
    fc.anything().map((arg) => ({ arg, how: "anything" })),
    hostileValue.map((arg) => ({ arg, how: "hostile value" })),
    fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 }).map((arg) => ({ arg, how: "random keys" })),
    protoPayload.map((arg) => ({ arg, how: "proto payload" })),
  );
  if (!build) return whole;
  const fields = Object.keys(build(fx));
  const field = fields.length ? fc.constantFrom(...fields) : fc.constant("extra");
  const mutated: fc.Arbitrary<Call> = fc
    .record({
      field,
      value: fc.oneof(hostileString, hostileValue),
      extra: fc.option(protoPayload, { nil: undefined }),
    })
    .map(({ field, value, extra }) => {
      const arg: Record<string, unknown> = { ...(extra ?? {}), ...build(fx) };
      arg[field] = value;
      return { arg, how: `valid input, ${field} replaced` };
    });
  // A valid input whose one string field keeps its value but gains a special character: the case validation
  // lets through, so the value reaches the handler and the database.
  const poisoned: fc.Arbitrary<Call> = fc.record({ field, poison: poison }).map(({ field, poison }) => {
    const arg: Record<string, unknown> = build(fx);
    const before = arg[field];
    arg[field] =
      typeof before === "string"
        ? poison(before)
        : Array.isArray(before)
          ? before.map((v) => (typeof v === "string" ? poison(v) : v))
          : poison(String(before ?? ""));
    return { arg, how: `valid input, ${field} poisoned` };
  });
  // The useActionState call style: FormData of the valid input, one field replaced by a hostile string.
  const asForm: fc.Arbitrary<Call> = fc
    .record({
      field: fc.oneof(fields.length ? fc.constantFrom(...fields) : fc.constant("extra"), hostileKey),
      values: fc.array(hostileString, { minLength: 1, maxLength: 3 }),
    })
    .map(({ field, values }) => {
      const form: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(build(fx))) {
        if (Array.isArray(v)) form[k] = v.map(String);
        else if (v !== undefined) form[k] = [String(v)];
      }
      form[field] = values;
      return {
        arg: undefined,
        formData: form,
        how: `form data, ${field} replaced`,
      };
    });
  return fc.oneof({ weight: 2, arbitrary: whole }, { weight: 2, arbitrary: mutated }, { weight: 2, arbitrary: poisoned }, { weight: 1, arbitrary: asForm });
}

function toFormData(form: Record<string, string[]>): FormData {
  const data = new FormData();
  for (const key of Object.keys(form)) for (const value of form[key] ?? []) data.append(key, value);
  return data;
}

// ---------------------------------------------------------------------------------------------------------------
// What every answer must look like
// ---------------------------------------------------------------------------------------------------------------

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every string in the input (keys too), lower-cased: a message may quote what the caller sent. */
function inputText(value: unknown, seen = new Set<unknown>(), depth = 0): string {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null || depth > 6 || seen.has(value)) {
    return typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" ? String(value) : "";
  }
  seen.add(value);
  const parts: string[] = [];
  if (value instanceof Map || value instanceof Set) for (const entry of value) parts.push(inputText(entry, seen, depth + 1));
  else
    for (const key of Reflect.ownKeys(value)) if (typeof key === "string") parts.push(key, inputText((value as Record<string, unknown>)[key], seen, depth + 1));
  return parts.join("\n");
}
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

function problemsOf(result: unknown, call: Call): string[] {
  const problems: string[] = [];
  if (!result || typeof result !== "object") return [`resolved to ${String(result)}, not an ActionResult`];
  const r = result as Partial<ActionResult<unknown>> & {
    code?: unknown;
    message?: unknown;
    fieldErrors?: unknown;
  };
  if (typeof r.ok !== "boolean") return [`result has no boolean ok: ${JSON.stringify(result)}`];
  if (r.ok) return [];
  if (typeof r.code !== "string" || !APP_ERROR_CODES.includes(r.code)) problems.push(`code ${String(r.code)} is not an AppError code`);
  if (r.code === "UNAUTHENTICATED") problems.push("UNAUTHENTICATED for a signed-in caller: was the fixture account deleted or changed?");
  if (r.code === "UNAVAILABLE") problems.push(`UNAVAILABLE: an unexpected exception reached safe-action ("${String(r.message)}")`);
  if (typeof r.message !== "string" || r.message.trim() === "") return [...problems, `message is not a non-empty string: ${String(r.message)}`];
  const sent = squash(inputText(call.arg) + "\n" + inputText(call.formData ?? {}));
  const texts = [r.message];
  if (r.fieldErrors && typeof r.fieldErrors === "object")
    for (const list of Object.values(r.fieldErrors as Record<string, unknown>)) if (Array.isArray(list)) texts.push(...list.map(String));
  for (const text of texts) {
    for (const leak of LEAKS)
      if (text.includes(leak) && !sent.includes(squash(leak))) problems.push(`message leaks ${JSON.stringify(leak)}: ${text.slice(0, 300)}`);
    for (const id of text.match(UUID) ?? [])
      if (!sent.includes(id.toLowerCase())) problems.push(`message names an id the caller did not send (${id}): ${text.slice(0, 300)}`);
    for (const id of fx.foreignIds) if (text.includes(id) && !sent.includes(id)) problems.push(`message names another user's record ${id}`);
  }
  return problems;
}

const protoNames = () =>
  [
    ...Object.getOwnPropertyNames(Object.prototype),
    "|",
    ...Object.getOwnPropertyNames(Array.prototype),
    "|",
    ...Object.getOwnPropertyNames(Function.prototype),
  ].join(",");
const PROTO_BEFORE = protoNames();

function describeCall(key: string, call: Call): string {
  const show = (v: unknown) => {
    try {
      const text = JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? `${x}n` : x));
      return text === undefined ? String(v) : text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
    } catch {
      return String(v);
    }
  };
  return `${key} (${call.how}) with ${call.formData ? `FormData ${show(call.formData)}` : show(call.arg)}`;
}

/** One call as the fixture resident; throws with the input when the answer is not well-formed. */
async function exercise(key: string, call: Call): Promise<void> {
  const action = ACTION_BY_KEY.get(key);
  if (!action) throw new Error(`no action ${key}`);
  actAs(fx.resident.id);
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args);
  let result: unknown;
  try {
    result = await (call.formData ? action(call.arg, toFormData(call.formData)) : action(call.arg));
  } catch (error) {
    throw new Error(`${describeCall(key, call)} threw instead of resolving: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    console.error = original;
  }
  const problems = problemsOf(result, call);
  if (errors.length)
    problems.push(
      `console.error was called: ${errors
        .map((e) => e.map(String).join(" "))
        .join(" | ")
        .slice(0, 300)}`,
    );
  if (protoNames() !== PROTO_BEFORE) problems.push("a built-in prototype gained or lost a property");
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push("Object.prototype.polluted is set");
  if (problems.length) throw new Error(`${describeCall(key, call)}:\n  ${problems.join("\n  ")}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------------

describe("the hostile-input fixture", () => {
  it("has one valid input per exported action, and only server-action files besides the known helpers", () => {
    expect(DISCOVERED.length).toBeGreaterThan(60);
    expect(KEYS).toEqual(Object.keys(VALID).sort());
    for (const file of ACTION_FILES) expect(readFileSync(file, "utf8").trimStart().startsWith('"use server"'), file).toBe(true);
  });

  it("gives the caller real records: the unmutated valid inputs of non-destructive actions are accepted by validation", async () => {
    for (const key of [
      "people/update-person:updatePerson",
      "touches/log-touch:logTouch",
      "programs/update-program:updateProgram",
      "plan/save-rotation:saveRotation",
    ]) {
      actAs(fx.resident.id);
      const result = await ACTION_BY_KEY.get(key)!(VALID[key]!(fx));
      expect(result, key).toMatchObject({ ok: true });
    }
  });
});

describe("every server action under hostile input", () => {
  it(`all actions together, ${RUNS_FOR_ALL} runs`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KEYS).chain((key) => callArb(key).map((call) => ({ key, call }))),
        async ({ key, call }) => exercise(key, call),
      ),
      { numRuns: RUNS_FOR_ALL },
    );
  }, 120_000);

  it.each(KEYS)(
    `%s, ${RUNS_PER_ACTION} runs`,
    async (key) => {
      await fc.assert(
        fc.asyncProperty(callArb(key), async (call) => exercise(key, call)),
        { numRuns: RUNS_PER_ACTION },
      );
    },
    60_000,
  );

  it("left every built-in prototype as it was", () => {
    expect(protoNames()).toBe(PROTO_BEFORE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Findings: the smallest inputs the properties above shrank to, kept as regression tests. Each failed before its
// fix (commit 8175d17) and asserts the outcome the user gets now, including that nothing was saved.
// ---------------------------------------------------------------------------------------------------------------

const NUL_MESSAGE = "This text contains an invisible control character (NUL) that cannot be saved. Retype or paste it as plain text.";

describe("findings (minimal counterexamples)", () => {
  // Zod accepted U+0000 in every free-text field; PostgreSQL rejects it in text columns (22021 "invalid byte
  // sequence for encoding UTF8: 0x00"), so the action logged "action failed unexpectedly" and answered UNAVAILABLE.
  // lib/actions/safe-action.ts now names the field before anything reaches the database.
  const residentId = () => fx.resident.id;
  it.each([
    [
      "people/create-person:createPerson",
      "name",
      () => ({ name: "\u0000", role: "ATTENDING" }),
      () => db().person.count({ where: { residentId: residentId() } }),
    ],
    [
      "programs/create-program:createProgram",
      "name",
      () => ({ name: "\u0000", institution: "x", programType: "CATEGORICAL" }),
      () => db().program.count({ where: { residentId: residentId() } }),
    ],
    [
      "plan/add-log-entry:addLogEntry",
      "action",
      () => ({ occurredOn: "2026-01-19", action: "\u0000" }),
      () => db().logEntry.count({ where: { residentId: residentId() } }),
    ],
    [
      "meetings/plan-meeting:planMeeting",
      "questions",
      (f: Fixture) => ({ personId: f.personId, kind: "ADVICE", scheduledOn: "2026-02-10", questions: "\u0000" }),
      () => db().meeting.count({ where: { residentId: residentId() } }),
    ],
    [
      "profile/update-profile:updateProfile",
      "name",
      () => ({ name: "\u0000", ...profileInput }),
      async () => (await db().user.findUniqueOrThrow({ where: { id: residentId() }, select: { name: true } })).name,
    ],
  ] as const)("%s with a NUL character in %s is a validation message on that field, and nothing is saved", async (key, field, input, saved) => {
    actAs(fx.resident.id);
    const before = await saved();
    const result = await ACTION_BY_KEY.get(key)!(input(fx));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { [field]: [NUL_MESSAGE] } });
    expect(await saved()).toEqual(before);
  });

  // A body with half of a surrogate pair ("\u{1D54F}\ud800...") reached the mailto link of the recorded message, where
  // encodeURIComponent threw URIError ("URI malformed") and the action answered UNAVAILABLE. lib/actions/safe-action.ts
  // now names the field before anything runs.
  it("recordMessage with half a surrogate pair in the body is a validation message on the body, and nothing is sent", async () => {
    actAs(fx.resident.id);
    const before = await db().message.count({ where: { residentId: fx.resident.id } });
    const result = await ACTION_BY_KEY.get("messages/record-message:recordMessage")!({
      ...VALID["messages/record-message:recordMessage"]!(fx),
      body: "\u{1D54F}\ud800%Since my interview I finished a quality-improvement project.",
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { body: [expect.stringContaining("broken character")] } });
    expect(await db().message.count({ where: { residentId: fx.resident.id } })).toBe(before);
    // A whole pair (the same symbol, both halves) is text: validation lets it through (the fixture's program may be
    // gone by now after the destructive runs above, so the answer is not necessarily ok).
    expect(
      await ACTION_BY_KEY.get("messages/record-message:recordMessage")!({
        ...VALID["messages/record-message:recordMessage"]!(fx),
        body: "\u{1D54F} Since my interview I finished a quality-improvement project.",
      }),
    ).not.toMatchObject({ code: "VALIDATION" });
  });

  // lib/validation/programs.ts preprocessed confirmWarnings with String(v), which throws a TypeError for a plain
  // object whose toString is not callable; the throw escaped zod and became UNAVAILABLE. Now zod refuses the value.
  it("recordMessage with confirmWarnings {toString: null} is a validation message on that field, and nothing is sent", async () => {
    actAs(fx.resident.id);
    const before = await db().message.count({ where: { residentId: fx.resident.id } });
    const result = await ACTION_BY_KEY.get("messages/record-message:recordMessage")!({
      ...VALID["messages/record-message:recordMessage"]!(fx),
      confirmWarnings: { toString: null },
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { confirmWarnings: [expect.any(String)] } });
    expect(await db().message.count({ where: { residentId: fx.resident.id } })).toBe(before);
  });
});
