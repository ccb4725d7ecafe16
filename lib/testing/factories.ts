// One factory per model (lib/testing/factories.test.ts checks that against the Prisma schema). Each writes one
// realistic, unique row through the app's db() and returns it; the first argument names the parent rows it hangs
// off, the last overrides any column. Values satisfy every CHECK of the migrations, so a test only spells out what
// it is about.
import { createHash, randomBytes } from "node:crypto";
import { faker } from "@faker-js/faker";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { CohortRole, Prisma, Track, VisaStatus } from "@/lib/db/generated/client";
import { INFLUENCE_TAGS } from "@/lib/labels/workspace";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${faker.string.alphanumeric(4).toLowerCase()}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tokenHash = () => createHash("sha256").update(randomBytes(24)).digest("hex");
const doctor = () => `Dr. ${faker.person.firstName()} ${faker.person.lastName()}`;
const hospital = () => `${faker.location.city()} University Hospital`;

let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = "correct horse battery staple";
const passwordHash = () => (cachedHash ??= hashPassword(FACTORY_PASSWORD));

// ---------------------------------------------------------------------------------------------------------------
// Accounts, cohorts, advisors, sign-in
// ---------------------------------------------------------------------------------------------------------------

export async function createUser(overrides: { email?: string; name?: string; role?: "RESIDENT" | "ADVISOR" | null } = {}) {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  return db().user.create({
    data: {
      email: overrides.email ?? `${first}.${last}.${unique()}@example.org`.toLowerCase().replace(/[^a-z0-9.@-]/g, ""),
      name: overrides.name ?? `${first} ${last}`,
      passwordHash: await passwordHash(),
      role: overrides.role === undefined ? null : overrides.role,
    },
  });
}

/** A user with the resident role and a resident profile (the profile is the owner of every workspace row). */
export async function createResident(overrides: { track?: Track; visaStatus?: VisaStatus; isImg?: boolean; programStartDate?: Date; email?: string } = {}) {
  const { email, ...profile } = overrides;
  const user = await createUser({ role: "RESIDENT", email });
  await createResidentProfile({ userId: user.id }, profile);
  return user;
}

export async function createResidentProfile({ userId }: { userId: string }, overrides: Partial<Prisma.ResidentProfileUncheckedCreateInput> = {}) {
  return db().residentProfile.create({
    data: {
      userId,
      track: "PRELIM_MEDICINE",
      programName: "Preliminary Internal Medicine",
      institution: `${faker.location.city()} General Hospital`,
      programStartDate: day("2026-07-01"),
      isImg: true,
      visaStatus: "J1",
      ...overrides,
    },
  });
}

export async function createAdvisor() {
  return createUser({ role: "ADVISOR" });
}

export async function createCohort(members: { userId: string; role?: CohortRole }[] = []) {
  return db().cohort.create({
    data: {
      name: `Prelim IM 2026-27, ${faker.location.city()} Medical Center`,
      programName: "Preliminary Internal Medicine",
      institution: `${faker.location.city()} Medical Center`,
      year: 2026,
      track: "PRELIM_MEDICINE",
      memberships: { create: members.map((m) => ({ userId: m.userId, role: m.role ?? "MEMBER" })) },
    },
  });
}

export async function createCohortMembership({ cohortId, userId }: { cohortId: string; userId: string }, overrides: { role?: CohortRole } = {}) {
  return db().cohortMembership.create({ data: { cohortId, userId, role: overrides.role ?? "MEMBER" } });
}

/** A moderator's removal of a member (the trigger ends their membership). */
export async function createCohortBan(
  { cohortId, userId }: { cohortId: string; userId: string },
  overrides: Partial<Prisma.CohortBanUncheckedCreateInput> = {},
) {
  return db().cohortBan.create({ data: { cohortId, userId, ...overrides } });
}

export async function createCohortInvite(
  { cohortId, createdBy }: { cohortId: string; createdBy?: string },
  overrides: Partial<Prisma.CohortInviteUncheckedCreateInput> = {},
) {
  return db().cohortInvite.create({
    data: { cohortId, createdBy: createdBy ?? null, tokenHash: tokenHash(), expiresAt: new Date(Date.now() + 14 * 86_400_000), maxUses: 25, ...overrides },
  });
}

export async function createAdvisorGrant(
  { residentId, advisorId }: { residentId: string; advisorId: string },
  overrides: Partial<Prisma.AdvisorGrantUncheckedCreateInput> = {},
) {
  return db().advisorGrant.create({ data: { residentId, advisorId, scopes: ["targets", "people"], ...overrides } });
}

export async function createAdvisorInvitation({ residentId }: { residentId: string }, overrides: Partial<Prisma.AdvisorInvitationUncheckedCreateInput> = {}) {
  return db().advisorInvitation.create({
    data: {
      residentId,
      email: faker.internet.email({ provider: "example.org" }).toLowerCase(),
      tokenHash: tokenHash(),
      scopes: ["targets", "people"],
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
      ...overrides,
    },
  });
}

export async function createAuditEvent(
  { actorId, subjectUserId }: { actorId: string | null; subjectUserId: string | null },
  overrides: Partial<Prisma.AuditEventUncheckedCreateInput> = {},
) {
  return db().auditEvent.create({ data: { actorId, subjectUserId, action: "test.event", detail: {}, ...overrides } });
}

export async function createAuthToken({ userId }: { userId: string }, overrides: Partial<Prisma.AuthTokenUncheckedCreateInput> = {}) {
  return db().authToken.create({
    data: { userId, tokenHash: tokenHash(), purpose: "MAGIC_LINK", expiresAt: new Date(Date.now() + 15 * 60_000), ...overrides },
  });
}

export async function createRateLimit(overrides: Partial<Prisma.RateLimitCreateInput> = {}) {
  return db().rateLimit.create({ data: { key: `test:${unique()}`, points: 1, expire: BigInt(Date.now() + 60_000), ...overrides } });
}

// ---------------------------------------------------------------------------------------------------------------
// Resident workspace: targets, people, touches, meetings, asks
// ---------------------------------------------------------------------------------------------------------------

export async function createTarget({ residentId }: { residentId: string }, overrides: Partial<Prisma.TargetUncheckedCreateInput> = {}) {
  return db().target.create({ data: { residentId, specialty: "neurology", geoStance: "ANYWHERE", ...overrides } });
}

export async function createTargetChange({ residentId }: { residentId: string }, overrides: Partial<Prisma.TargetChangeUncheckedCreateInput> = {}) {
  return db().targetChange.create({ data: { residentId, field: "SPECIALTY", fromValue: "internal-medicine", toValue: "neurology", ...overrides } });
}

export async function createPerson({ residentId }: { residentId: string }, overrides: Partial<Prisma.PersonUncheckedCreateInput> = {}) {
  return db().person.create({
    data: {
      residentId,
      name: doctor(),
      role: faker.helpers.arrayElement(["ATTENDING", "PROGRAM_DIRECTOR", "CHIEF_RESIDENT", "DIVISION_CHIEF"] as const),
      specialty: faker.helpers.arrayElement(["internal-medicine", "neurology", "cardiology"]),
      institution: hospital(),
      email: faker.internet.email({ provider: "example.org" }).toLowerCase(),
      tags: [faker.helpers.arrayElement(INFLUENCE_TAGS)],
      howWeMet: "Attending on my first wards month",
      ...overrides,
    },
  });
}

export async function createTouch(
  { residentId, personId }: { residentId: string; personId: string },
  overrides: Partial<Prisma.TouchUncheckedCreateInput> = {},
) {
  return db().touch.create({ data: { residentId, personId, kind: "CLINICAL_WORK", channel: "IN_PERSON", occurredOn: day("2026-07-14"), ...overrides } });
}

export async function createMeeting(
  { residentId, personId }: { residentId: string; personId: string },
  overrides: Partial<Prisma.MeetingUncheckedCreateInput> = {},
) {
  return db().meeting.create({
    data: { residentId, personId, kind: "INTRO", scheduledOn: day("2026-08-04"), questions: "How did you choose your fellowship?", ...overrides },
  });
}

export async function createActionItem(
  { residentId, meetingId }: { residentId: string; meetingId: string },
  overrides: Partial<Prisma.ActionItemUncheckedCreateInput> = {},
) {
  return db().actionItem.create({ data: { residentId, meetingId, text: "Send the updated CV by Friday", ...overrides } });
}

export async function createAsk({ residentId, personId }: { residentId: string; personId: string }, overrides: Partial<Prisma.AskUncheckedCreateInput> = {}) {
  return db().ask.create({ data: { residentId, personId, kind: "LETTER", status: "PLANNED", plannedOn: day("2026-10-01"), ...overrides } });
}

// ---------------------------------------------------------------------------------------------------------------
// Programs, match cycles, messages
// ---------------------------------------------------------------------------------------------------------------

export async function createMatchCycleDefault(overrides: Partial<Prisma.MatchCycleDefaultCreateInput> = {}) {
  return db().matchCycleDefault.create({
    data: {
      name: `Test Match ${unique()}`,
      applicationsOpen: day("2027-06-02"),
      rankListDeadline: day("2028-03-01"),
      matchWeekMonday: day("2028-03-13"),
      soapEnd: day("2028-03-16"),
      matchDay: day("2028-03-17"),
      trainingStart: day("2028-07-01"),
      ...overrides,
    },
  });
}

export async function createMatchCycle({ residentId }: { residentId: string }, overrides: Partial<Prisma.MatchCycleUncheckedCreateInput> = {}) {
  return db().matchCycle.create({
    data: {
      residentId,
      name: `2027 Match ${unique()}`,
      applicationsOpen: day("2026-06-03"),
      rankListDeadline: day("2027-03-03"),
      matchWeekMonday: day("2027-03-15"),
      soapEnd: day("2027-03-18"),
      matchDay: day("2027-03-19"),
      trainingStart: day("2027-07-01"),
      ...overrides,
    },
  });
}

export async function createProgram({ residentId }: { residentId: string }, overrides: Partial<Prisma.ProgramUncheckedCreateInput> = {}) {
  return db().program.create({
    data: {
      residentId,
      name: `${faker.location.city()} Neurology Residency`,
      institution: hospital(),
      city: faker.location.city(),
      state: faker.location.state({ abbreviated: true }),
      specialty: "neurology",
      programType: "CATEGORICAL",
      ...overrides,
    },
  });
}

/** A sent message. A letter of intent or first-choice claim also goes through the first-choice trigger. */
export async function createMessage(
  { residentId, programId, cycleId }: { residentId: string; programId: string; cycleId: string },
  overrides: Partial<Prisma.MessageUncheckedCreateInput> = {},
) {
  const kind = overrides.kind ?? "INTEREST_UPDATE";
  return db().message.create({
    data: {
      residentId,
      programId,
      cycleId,
      kind,
      subject: "Continued interest",
      body: "Thank you again for the interview day. I have since presented our stroke QI project at grand rounds.",
      sentAt: new Date(),
      claimsFirstChoice: kind === "LETTER_OF_INTENT",
      ...overrides,
    },
  });
}

/** An autosaved draft, as the composer writes it before any check. */
export async function createMessageDraft(
  { residentId, programId, cycleId }: { residentId: string; programId: string; cycleId: string },
  overrides: Partial<Prisma.MessageDraftUncheckedCreateInput> = {},
) {
  return db().messageDraft.create({
    data: {
      residentId,
      programId,
      cycleId,
      kind: "THANK_YOU",
      subject: "Thank you",
      body: "Thank you for the interview on Tuesday and for the tour of the ICU.",
      ...overrides,
    },
  });
}

export async function createProgramImpression(
  { residentId, programId }: { residentId: string; programId: string },
  overrides: Partial<Prisma.ProgramImpressionUncheckedCreateInput> = {},
) {
  return db().programImpression.create({
    data: { residentId, programId, liked: faker.lorem.sentence(), concerns: faker.lorem.sentence(), peopleMet: faker.person.fullName(), ...overrides },
  });
}

export async function createRankEntry(
  { residentId, cycleId, programId }: { residentId: string; cycleId: string; programId: string },
  overrides: Partial<Prisma.RankEntryUncheckedCreateInput> = {},
) {
  return db().rankEntry.create({ data: { residentId, cycleId, programId, position: 1, ...overrides } });
}

export async function createSeasonTaskDismissal(
  { residentId, programId }: { residentId: string; programId: string },
  overrides: Partial<Prisma.SeasonTaskDismissalUncheckedCreateInput> = {},
) {
  return db().seasonTaskDismissal.create({ data: { residentId, programId, kind: "THANK_YOU", interviewDate: new Date("2026-11-10T00:00:00Z"), ...overrides } });
}

export async function createProgramOverstep(
  { residentId, programId }: { residentId: string; programId: string },
  overrides: Partial<Prisma.ProgramOverstepUncheckedCreateInput> = {},
) {
  return db().programOverstep.create({
    data: {
      residentId,
      programId,
      occurredOn: new Date("2027-01-18T00:00:00Z"),
      kind: "ASKED_RANKING",
      said: "Where are you planning to rank us?",
      who: faker.person.fullName(),
      ...overrides,
    },
  });
}

/** A signed-in browser (the cookie that names it comes from lib/testing/test-session.ts). */
export async function createSession({ userId }: { userId: string }, overrides: Partial<Prisma.SessionUncheckedCreateInput> = {}) {
  return db().session.create({ data: { userId, userAgent: faker.internet.userAgent(), expiresAt: new Date(Date.now() + 30 * 86_400_000), ...overrides } });
}

export async function createSignInThrottle(overrides: Partial<Prisma.SignInThrottleCreateInput> = {}) {
  return db().signInThrottle.create({
    data: { accountKey: `account:${faker.internet.email().toLowerCase()}`, attempts: 1, updatedAt: new Date(), ...overrides },
  });
}

export async function createBoardStream({ userId }: { userId: string }, overrides: Partial<Prisma.BoardStreamUncheckedCreateInput> = {}) {
  return db().boardStream.create({ data: { userId, ...overrides } });
}

export async function createPendingSignUp(overrides: Partial<Prisma.PendingSignUpCreateInput> = {}) {
  return db().pendingSignUp.create({
    data: {
      tokenHash: createHash("sha256").update(randomBytes(24)).digest("hex"),
      email: faker.internet.email().toLowerCase(),
      name: faker.person.fullName(),
      passwordHash: "scrypt$placeholder",
      expiresAt: new Date(Date.now() + 86_400_000),
      ...overrides,
    },
  });
}

export async function createLateStartStep({ residentId }: { residentId: string }, overrides: Partial<Prisma.LateStartStepUncheckedCreateInput> = {}) {
  return db().lateStartStep.create({ data: { residentId, stepKey: "pick-faculty", doneOn: new Date("2026-11-30T00:00:00Z"), ...overrides } });
}

export async function createProject({ residentId }: { residentId: string }, overrides: Partial<Prisma.ProjectUncheckedCreateInput> = {}) {
  return db().project.create({
    data: { residentId, title: `${faker.word.adjective()} sepsis handoff QI project`, kind: "QI_PROJECT", goal: faker.lorem.sentence(), ...overrides },
  });
}

export async function createFeedbackQuote(
  { residentId, personId }: { residentId: string; personId: string },
  overrides: Partial<Prisma.FeedbackQuoteUncheckedCreateInput> = {},
) {
  return db().feedbackQuote.create({
    data: { residentId, personId, receivedOn: new Date("2026-10-14T00:00:00Z"), quote: faker.lorem.sentence(), ...overrides },
  });
}

export async function createBragSheet({ residentId }: { residentId: string }, overrides: Partial<Prisma.BragSheetUncheckedCreateInput> = {}) {
  return db().bragSheet.create({ data: { residentId, cvUrl: "https://example.org/cv.pdf", cvNotes: faker.lorem.paragraph(), ...overrides } });
}

export async function createMentorAssignment(
  { residentId, personId }: { residentId: string; personId: string },
  overrides: Partial<Prisma.MentorAssignmentUncheckedCreateInput> = {},
) {
  return db().mentorAssignment.create({ data: { residentId, personId, role: "CLINICAL", ...overrides } });
}

export async function createOpeningPlaybook(
  { residentId, postId }: { residentId: string; postId: string },
  overrides: Partial<Prisma.OpeningPlaybookUncheckedCreateInput> = {},
) {
  return db().openingPlaybook.create({ data: { residentId, postId, ...overrides } });
}

export async function createWatchedProgram({ residentId }: { residentId: string }, overrides: Partial<Prisma.WatchedProgramUncheckedCreateInput> = {}) {
  return db().watchedProgram.create({ data: { residentId, name: `${faker.location.city()} Neurology`, cadenceDays: 14, ...overrides } });
}

/** Normally written by the messages_single_first_choice trigger; direct rows are for tests of what reads claims. */
export async function createFirstChoiceClaim({ residentId, cycleId, programId }: { residentId: string; cycleId: string; programId: string }) {
  return db().firstChoiceClaim.create({ data: { residentId, cycleId, programId } });
}

// ---------------------------------------------------------------------------------------------------------------
// Cohort board
// ---------------------------------------------------------------------------------------------------------------

export async function createBoardPost(
  { cohortId, authorId }: { cohortId: string; authorId: string | null },
  overrides: Partial<Prisma.BoardPostUncheckedCreateInput> = {},
) {
  return db().boardPost.create({
    data: {
      cohortId,
      authorId,
      kind: "OPENING",
      openingLevel: "PGY2",
      specialty: "neurology",
      programName: "Neurology Residency",
      institution: hospital(),
      location: faker.location.city(),
      title: "PGY-2 neurology spot opening in July",
      body: "A current PGY-1 is switching to psychiatry; the program expects to fill the spot quietly this winter.",
      evidenceKind: "RUMOUR",
      heardOn: day("2026-11-02"),
      heardHow: "From a co-resident on nights",
      ...overrides,
    },
  });
}

export async function createPostRevision(
  { postId, editorId }: { postId: string; editorId: string | null },
  overrides: Partial<Prisma.PostRevisionUncheckedCreateInput> = {},
) {
  return db().postRevision.create({ data: { postId, editorId, previous: { title: "PGY-2 neurology opening", body: "Earlier wording." }, ...overrides } });
}

export async function createPostReaction(
  { postId, userId }: { postId: string; userId: string },
  overrides: Partial<Prisma.PostReactionUncheckedCreateInput> = {},
) {
  return db().postReaction.create({ data: { postId, userId, kind: "INTEREST", ...overrides } });
}

export async function createPostComment(
  { postId, authorId }: { postId: string; authorId: string | null },
  overrides: Partial<Prisma.PostCommentUncheckedCreateInput> = {},
) {
  return db().postComment.create({ data: { postId, authorId, body: "Do you know who the coordinator is there?", ...overrides } });
}

export async function createPostFlag({ postId, userId }: { postId: string; userId: string }, overrides: Partial<Prisma.PostFlagUncheckedCreateInput> = {}) {
  return db().postFlag.create({ data: { postId, userId, reason: "DUPLICATE", ...overrides } });
}

export async function createNotification({ userId }: { userId: string }, overrides: Partial<Prisma.NotificationUncheckedCreateInput> = {}) {
  return db().notification.create({ data: { userId, kind: "post.confirmed", message: "Someone confirmed your post.", ...overrides } });
}

// ---------------------------------------------------------------------------------------------------------------
// Year plan
// ---------------------------------------------------------------------------------------------------------------

export async function createRotation({ residentId }: { residentId: string }, overrides: Partial<Prisma.RotationUncheckedCreateInput> = {}) {
  return db().rotation.create({
    data: { residentId, startsOn: day("2026-09-01"), endsOn: day("2026-09-28"), service: "Neurology consults", site: hospital(), ...overrides },
  });
}

export async function createRotationAttending({ residentId, rotationId, personId }: { residentId: string; rotationId: string; personId: string }) {
  return db().rotationAttending.create({ data: { residentId, rotationId, personId } });
}

export async function createRotationPromptCompletion(
  { residentId, rotationId }: { residentId: string; rotationId: string },
  overrides: Partial<Prisma.RotationPromptCompletionUncheckedCreateInput> = {},
) {
  return db().rotationPromptCompletion.create({ data: { residentId, rotationId, promptKey: "week-one", completedOn: day("2026-09-07"), ...overrides } });
}

export async function createPdTouchpoint({ residentId }: { residentId: string }, overrides: Partial<Prisma.PdTouchpointUncheckedCreateInput> = {}) {
  return db().pdTouchpoint.create({
    data: { residentId, key: "early", status: "DONE", onDate: day("2026-08-20"), notes: "Discussed my neurology plan", ...overrides },
  });
}

export async function createPhaseCompletion({ residentId }: { residentId: string }, overrides: Partial<Prisma.PhaseCompletionUncheckedCreateInput> = {}) {
  return db().phaseCompletion.create({ data: { residentId, phaseKey: "decide", ...overrides } });
}

export async function createLogEntry({ residentId }: { residentId: string }, overrides: Partial<Prisma.LogEntryUncheckedCreateInput> = {}) {
  return db().logEntry.create({
    data: {
      residentId,
      occurredOn: day("2026-09-15"),
      service: "Neurology consults",
      faculty: doctor(),
      action: "Asked for mid-rotation feedback",
      ...overrides,
    },
  });
}

export async function createCalendarFeed({ residentId }: { residentId: string }, overrides: Partial<Prisma.CalendarFeedUncheckedCreateInput> = {}) {
  return db().calendarFeed.create({ data: { residentId, tokenHash: tokenHash(), ...overrides } });
}

/** An import action's input for a CSV file with this text, saved (commit) unless a preview is asked for. */
export function csvUpload(text: string | Uint8Array, commit = true): { file: string; commit: boolean } {
  return { file: Buffer.from(text).toString("base64"), commit };
}
