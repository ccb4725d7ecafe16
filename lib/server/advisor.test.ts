// Advisors, behaviour: invitations become grants (single use, expiring, concurrency-safe, one live grant per
// pair), a resident changes or ends what a grant shares, the account export, and account deletion with everything
// it must and must not take along. Who may call what: advisor-access.test.ts.
import { faker } from "@faker-js/faker";
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/me/export/route";
import { deleteAccount } from "@/lib/actions/account/delete-account";
import { acceptInvitation } from "@/lib/actions/advisors/accept-invitation";
import { inviteAdvisor } from "@/lib/actions/advisors/invite-advisor";
import { revokeGrant } from "@/lib/actions/advisors/revoke-grant";
import { revokeInvitation } from "@/lib/actions/advisors/revoke-invitation";
import { updateGrant } from "@/lib/actions/advisors/update-grant";
import { addComment } from "@/lib/actions/board/add-comment";
import { flagPost } from "@/lib/actions/board/flag-post";
import { reactToPost } from "@/lib/actions/board/react-to-post";
import { createPerson } from "@/lib/actions/people/create-person";
import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { createProgram } from "@/lib/actions/programs/create-program";
import type { ActionResult } from "@/lib/actions/safe-action";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ADVISOR_SCOPES } from "@/lib/rules/advisor-scopes";
import { getAdvisedPeople } from "@/lib/server/advisors/get-advised-people";
import { getAdvisedTargets } from "@/lib/server/advisors/get-advised-targets";
import { getAdvisorHome } from "@/lib/server/advisors/get-advisor-home";
import { acceptInvitation as acceptInvitationDal, previewInvitation } from "@/lib/server/advisors/invitations";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident, createUser } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-02-10T15:00:00.000Z");
const DAY = 86_400_000;
const ALL_SCOPES = [...ADVISOR_SCOPES];

type User = { id: string; email: string; name: string };

function setClock(at: Date) {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, at.toISOString());
}

beforeEach(() => setClock(NOW));

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

async function currentViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new Error("no viewer for the current test session");
  return viewer;
}

const advisorEmail = () => `advisor.${faker.string.alpha(10).toLowerCase()}@example.org`;

/** As `resident`, invites an advisor; returns the raw token from the returned link. */
async function invite(resident: User, scopes: string[], extra: Record<string, unknown> = {}) {
  actAs(resident.id);
  const result = okData(await inviteAdvisor({ email: advisorEmail(), scopes, ...extra }));
  const token = /\/advisor\/accept\/([A-Za-z0-9_-]{20,})$/.exec(result.url)?.[1];
  if (!token) throw new Error(`no token in ${result.url}`);
  return { ...result, token };
}

async function grantsOf(residentId: string) {
  return db().advisorGrant.findMany({ where: { residentId }, orderBy: { createdAt: "asc" } });
}

describe("invitations", () => {
  it("inviteAdvisor returns a link, and previewInvitation shows the resident's name until it is accepted", async () => {
    const resident = await createResident();
    const { url, emailed, token } = await invite(resident, ["people", "asks"]);
    expect(url).toMatch(/^https?:\/\/[^/]+\/advisor\/accept\/[A-Za-z0-9_-]{20,}$/);
    expect(emailed).toBe(false); // no SMTP in tests; the link is shown to copy instead
    const stored = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } });
    expect(stored.tokenHash).not.toContain(token); // only a hash is stored
    expect(stored.expiresAt.getTime()).toBe(NOW.getTime() + 14 * DAY);
    expect(await previewInvitation(token, NOW)).toEqual({ residentName: resident.name, scopes: ["people", "asks"] });
    expect(await previewInvitation("x".repeat(32), NOW)).toBeNull();

    const advisor = await createAdvisor();
    actAs(advisor.id);
    expect(okData(await acceptInvitation({ token }))).toEqual({ residentId: resident.id });
    expect(await previewInvitation(token, NOW)).toBeNull();
  });

  it("a user with no role who accepts becomes an ADVISOR with a grant of the invitation's normalized scopes", async () => {
    const resident = await createResident();
    // plan_b without targets and private_notes without people are refinements without their parent: dropped.
    const { token } = await invite(resident, ["plan_b", "private_notes", "asks", "programs", "message_contents"], { grantEndsOn: "2026-06-30" });
    const stored = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } });
    expect(stored.scopes).toEqual(["asks", "programs", "message_contents"]);

    const newcomer = await createUser();
    expect(newcomer.role).toBeNull();
    actAs(newcomer.id);
    expect(okData(await acceptInvitation({ token }))).toEqual({ residentId: resident.id });
    expect((await db().user.findUniqueOrThrow({ where: { id: newcomer.id } })).role).toBe("ADVISOR");
    const grants = await grantsOf(resident.id);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      advisorId: newcomer.id,
      scopes: ["asks", "programs", "message_contents"],
      revokedAt: null,
      expiresAt: new Date("2026-06-30T23:59:59Z"),
    });
    expect(await db().advisorInvitation.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ acceptedAt: NOW, acceptedBy: newcomer.id });
    expect(await db().auditEvent.findFirst({ where: { action: "advisor.accepted", actorId: newcomer.id } })).toMatchObject({ subjectUserId: resident.id });
    // And the grant works at once: the new advisor reads the shared section, not the others.
    await expect(requireAdvisorAccess(await currentViewer(), resident.id, NOW, "asks")).resolves.toMatchObject({ name: resident.name });
    expect(await codeOf(requireAdvisorAccess(await currentViewer(), resident.id, NOW, "targets"))).toBe("NOT_FOUND");
  });

  it("accepting twice is NOT_FOUND the second time and creates no second grant", async () => {
    const resident = await createResident();
    const { token } = await invite(resident, ["people"]);
    const advisor = await createAdvisor();
    actAs(advisor.id);
    okData(await acceptInvitation({ token }));
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await grantsOf(resident.id)).toHaveLength(1);
  });

  it("two advisors accepting the same link at once: exactly one grant", async () => {
    const resident = await createResident();
    const { token } = await invite(resident, ["people", "targets"]);
    const [a, b] = [await createAdvisor(), await createAdvisor()];
    const viewer = (u: User): Viewer => ({ userId: u.id, email: u.email, name: u.name, role: "ADVISOR", residentId: null });
    const outcomes = await Promise.allSettled([acceptInvitationDal(viewer(a), token, NOW), acceptInvitationDal(viewer(b), token, NOW)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(AppError);
    expect((rejected[0]!.reason as AppError).code).toBe("NOT_FOUND");
    const grants = await grantsOf(resident.id);
    expect(grants).toHaveLength(1);
    const invitation = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } });
    expect(invitation.acceptedBy).toBe(grants[0]!.advisorId);
    expect([a.id, b.id]).toContain(grants[0]!.advisorId);
  });

  it("a resident account accepting is FORBIDDEN and nothing changes", async () => {
    const resident = await createResident();
    const { token } = await invite(resident, ["people"]);
    const otherResident = await createResident();
    actAs(otherResident.id);
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await grantsOf(resident.id)).toEqual([]);
    expect((await db().user.findUniqueOrThrow({ where: { id: otherResident.id } })).role).toBe("RESIDENT");
    expect(await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } })).toMatchObject({ acceptedAt: null, acceptedBy: null });
    expect(await previewInvitation(token, NOW)).not.toBeNull();
    // The resident's own invitation, too.
    actAs(resident.id);
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await grantsOf(resident.id)).toEqual([]);
  });

  it("an expired invitation is NOT_FOUND", async () => {
    const resident = await createResident();
    const { token } = await invite(resident, ["people"]);
    const advisor = await createUser();
    const later = new Date(NOW.getTime() + 14 * DAY);
    expect(await previewInvitation(token, new Date(later.getTime() - 1))).not.toBeNull();
    expect(await previewInvitation(token, later)).toBeNull();
    setClock(later);
    actAs(advisor.id);
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await grantsOf(resident.id)).toEqual([]);
    expect((await db().user.findUniqueOrThrow({ where: { id: advisor.id } })).role).toBeNull();
  });

  it("a withdrawn invitation is NOT_FOUND; withdrawing is the inviting resident's alone", async () => {
    const resident = await createResident();
    const { token } = await invite(resident, ["people"]);
    const invitation = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } });
    const stranger = await createResident();
    actAs(stranger.id);
    expect(await revokeInvitation({ invitationId: invitation.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await previewInvitation(token, NOW)).not.toBeNull();
    actAs(resident.id);
    okData(await revokeInvitation({ invitationId: invitation.id }));
    expect(await previewInvitation(token, NOW)).toBeNull();
    const advisor = await createAdvisor();
    actAs(advisor.id);
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await grantsOf(resident.id)).toEqual([]);
  });

  it("a second invitation to an advisor who already has a live grant updates that grant instead of adding one", async () => {
    const resident = await createResident();
    const advisor = await createAdvisor();
    const first = await invite(resident, ["people"]);
    actAs(advisor.id);
    okData(await acceptInvitation({ token: first.token }));
    const [grant] = await grantsOf(resident.id);
    const second = await invite(resident, ["targets", "plan_b", "loi_status"], { grantEndsOn: "2026-12-31" });
    actAs(advisor.id);
    okData(await acceptInvitation({ token: second.token }));
    const grants = await grantsOf(resident.id);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      id: grant!.id,
      scopes: ["targets", "plan_b", "loi_status"],
      revokedAt: null,
      expiresAt: new Date("2026-12-31T23:59:59Z"),
    });
    // The partial unique index is what makes "one live grant per pair" hold, whatever the code does.
    await expect(db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ["people"] } })).rejects.toThrow();
    // A revoked grant does not count: after revoking, accepting a new invitation makes a new live grant.
    actAs(resident.id);
    okData(await revokeGrant({ grantId: grant!.id }));
    const third = await invite(resident, ["asks"]);
    actAs(advisor.id);
    okData(await acceptInvitation({ token: third.token }));
    const after = await grantsOf(resident.id);
    expect(after).toHaveLength(2);
    expect(after.filter((g) => g.revokedAt === null).map((g) => g.scopes)).toEqual([["asks"]]);
  });

  it("inviting refuses empty scopes and the resident's own address", async () => {
    const resident = await createResident();
    actAs(resident.id);
    expect(await inviteAdvisor({ email: advisorEmail(), scopes: [] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await inviteAdvisor({ email: advisorEmail(), scopes: ["plan_b"] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await inviteAdvisor({ email: resident.email, scopes: ["people"] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db().advisorInvitation.count({ where: { residentId: resident.id } })).toBe(0);
  });
});

describe("updateGrant and revokeGrant", () => {
  async function residentWithAdvisor(scopes: string[]) {
    const resident = await createResident();
    const advisor = await createAdvisor();
    const grant = await db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes } });
    return { resident, advisor, grant };
  }

  it("updateGrant changes the scopes, effective on the advisor's next call", async () => {
    const { resident, advisor, grant } = await residentWithAdvisor(["people"]);
    actAs(advisor.id);
    await expect(getAdvisedPeople(await currentViewer(), resident.id, NOW)).resolves.toMatchObject({ name: resident.name });
    expect(await codeOf(getAdvisedTargets(await currentViewer(), resident.id, NOW))).toBe("NOT_FOUND");

    actAs(resident.id);
    const result = await updateGrant({ grantId: grant.id, scopes: ["targets", "plan_b"], grantEndsOn: "2026-05-31" });
    expect(result).toMatchObject({ ok: true });
    expect(await db().advisorGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({
      scopes: ["targets", "plan_b"],
      expiresAt: new Date("2026-05-31T23:59:59Z"),
    });
    expect(await db().auditEvent.findFirst({ where: { action: "advisor.scopes_changed", subjectUserId: resident.id } })).toMatchObject({
      actorId: resident.id,
    });

    actAs(advisor.id);
    expect(await codeOf(getAdvisedPeople(await currentViewer(), resident.id, NOW))).toBe("NOT_FOUND");
    await expect(getAdvisedTargets(await currentViewer(), resident.id, NOW)).resolves.toMatchObject({ name: resident.name });
  });

  it("updateGrant refuses empty scopes, also when only orphan refinements are left", async () => {
    const { resident, grant } = await residentWithAdvisor(["people", "asks"]);
    actAs(resident.id);
    for (const scopes of [[], ["private_notes"], ["plan_b", "message_contents"]]) {
      expect(await updateGrant({ grantId: grant.id, scopes })).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    expect(await updateGrant({ grantId: grant.id, scopes: ["no_such_scope"] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db().advisorGrant.findUniqueOrThrow({ where: { id: grant.id } })).scopes).toEqual(["people", "asks"]);
  });

  it("revokeGrant ends access at once; a second revoke is NOT_FOUND", async () => {
    const { resident, advisor, grant } = await residentWithAdvisor(ALL_SCOPES);
    actAs(advisor.id);
    await expect(getAdvisedPeople(await currentViewer(), resident.id, NOW)).resolves.toMatchObject({ name: resident.name });
    actAs(resident.id);
    okData(await revokeGrant({ grantId: grant.id }));
    expect((await db().advisorGrant.findUniqueOrThrow({ where: { id: grant.id } })).revokedAt).toEqual(NOW);
    actAs(advisor.id);
    expect(await codeOf(getAdvisedPeople(await currentViewer(), resident.id, NOW))).toBe("NOT_FOUND");
    expect(await getAdvisorHome(await currentViewer(), NOW)).toEqual([]);
    actAs(resident.id);
    expect(await revokeGrant({ grantId: grant.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await updateGrant({ grantId: grant.id, scopes: ["people"] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("both refuse another resident's grant (NOT_FOUND) and leave it as it was", async () => {
    const { resident, advisor, grant } = await residentWithAdvisor(["people"]);
    const other = await createResident();
    actAs(other.id);
    expect(await updateGrant({ grantId: grant.id, scopes: ALL_SCOPES })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await revokeGrant({ grantId: grant.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().advisorGrant.findUniqueOrThrow({ where: { id: grant.id } })).toEqual(grant);
    // Nor may the advisor change it.
    actAs(advisor.id);
    expect(await updateGrant({ grantId: grant.id, scopes: ALL_SCOPES })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await revokeGrant({ grantId: grant.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().advisorGrant.findUniqueOrThrow({ where: { id: grant.id } })).toEqual(grant);
    actAs(advisor.id);
    await expect(getAdvisedPeople(await currentViewer(), resident.id, NOW)).resolves.toMatchObject({ name: resident.name });
  });
});

describe("GET /api/me/export", () => {
  async function download(): Promise<{ status: number; files: Record<string, Uint8Array> | null; headers: Headers }> {
    const response = await exportRoute();
    if (response.status !== 200) return { status: response.status, files: null, headers: response.headers };
    return { status: 200, files: unzipSync(new Uint8Array(await response.arrayBuffer())), headers: response.headers };
  }

  it("gives a resident a zip with everything.json and the four CSVs, and no password hash", async () => {
    const resident = await createResident();
    actAs(resident.id);
    const personName = `Dr. ${faker.person.firstName()} Export-${faker.string.alpha(5)}`;
    const programName = `Export Internal Medicine ${faker.string.alpha(6)}`;
    okData(await createPerson({ name: personName, role: "ATTENDING", tags: ["LETTER_WRITER"], isAList: true, privateNotes: "Exported note" }));
    okData(await createProgram({ name: programName, institution: "Export General Hospital", programType: "CATEGORICAL", participatesInMatch: true }));
    okData(await addLogEntry({ occurredOn: "2026-02-09", action: "Presented at noon conference" }));
    const advisor = await createAdvisor();
    await db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ["people"] } });

    const { status, files, headers } = await download();
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/zip");
    expect(Object.keys(files!).sort()).toEqual(
      [
        "prelim-scout/everything.json",
        "prelim-scout/messages.csv",
        "prelim-scout/people.csv",
        "prelim-scout/programs.csv",
        "prelim-scout/running-log.csv",
      ].sort(),
    );
    const text = strFromU8(files!["prelim-scout/everything.json"]!);
    const data = JSON.parse(text) as {
      account: { id: string; email: string };
      residentProfile: { people: { name: string }[]; programs: { name: string }[]; logEntries: unknown[] };
      advisorsISharedWith: { advisor: { name: string } }[];
    };
    expect(data.account).toMatchObject({ id: resident.id, email: resident.email });
    expect(data.residentProfile.people.map((p) => p.name)).toEqual([personName]);
    expect(data.residentProfile.programs.map((p) => p.name)).toEqual([programName]);
    expect(data.residentProfile.logEntries).toHaveLength(1);
    expect(data.advisorsISharedWith.map((g) => g.advisor.name)).toEqual([advisor.name]);
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: resident.id }, select: { passwordHash: true } });
    expect(passwordHash).toBeTruthy();
    for (const file of Object.values(files!)) {
      const content = strFromU8(file);
      expect(content).not.toContain("passwordHash");
      expect(content).not.toContain("password_hash");
      expect(content).not.toContain(passwordHash!);
    }
    expect(strFromU8(files!["prelim-scout/people.csv"]!)).toContain(personName);
    expect(strFromU8(files!["prelim-scout/programs.csv"]!)).toContain(programName);
    expect(strFromU8(files!["prelim-scout/running-log.csv"]!)).toContain("Presented at noon conference");
    expect(strFromU8(files!["prelim-scout/messages.csv"]!).split("\n")[0]).toBe("program,kind,sent_at,status,channel,subject,body");
  });

  it("gives an advisor everything.json only, with the residents who share with them", async () => {
    const advisor = await createAdvisor();
    const resident = await createResident();
    await db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ["people"] } });
    actAs(advisor.id);
    const { status, files } = await download();
    expect(status).toBe(200);
    expect(Object.keys(files!)).toEqual(["prelim-scout/everything.json"]);
    const data = JSON.parse(strFromU8(files!["prelim-scout/everything.json"]!)) as {
      residentProfile: unknown;
      residentsSharingWithMe: { resident: { name: string } }[];
    };
    expect(data.residentProfile).toBeNull();
    expect(data.residentsSharingWithMe.map((g) => g.resident.name)).toEqual([resident.name]);
  });

  it("is 401 when signed out, and for a session whose user no longer exists", async () => {
    actAs(null);
    expect((await download()).status).toBe(401);
    actAs("00000000-0000-4000-8000-000000000000");
    expect((await download()).status).toBe(401);
  });
});

describe("deleting an account", () => {
  /** A resident D with a workspace, a cohort they alone moderate, a post, a comment, reactions and a flag on a
   * peer's post, and an advisor who reads their plan. */
  async function buildDeletable() {
    const d = await createResident();
    const [m1, m2, m3] = [await createResident(), await createResident(), await createResident()];
    actAs(d.id);
    okData(await createPerson({ name: `Dr. ${faker.person.lastName()} Gone-${faker.string.alpha(5)}`, role: "ATTENDING", tags: [], isAList: true }));
    okData(
      await createProgram({
        name: `Deleted Program ${faker.string.alpha(6)}`,
        institution: "Gone General",
        programType: "CATEGORICAL",
        participatesInMatch: true,
      }),
    );
    okData(await addLogEntry({ occurredOn: "2026-02-09", action: "Something the resident did" }));

    const cohort = await db().cohort.create({
      data: {
        name: `Prelim IM 2026-27 ${faker.string.alpha(6)}`,
        programName: "Preliminary Internal Medicine",
        institution: "Mercy General",
        year: 2026,
        track: "PRELIM_MEDICINE",
      },
    });
    // D joined first; m2 joined before m1 (the longest-standing remaining member), m3 last.
    await db().cohortMembership.createMany({
      data: [
        { cohortId: cohort.id, userId: d.id, role: "MODERATOR", joinedAt: new Date("2025-07-01T00:00:00Z") },
        { cohortId: cohort.id, userId: m1.id, joinedAt: new Date("2025-08-01T00:00:00Z") },
        { cohortId: cohort.id, userId: m2.id, joinedAt: new Date("2025-07-15T00:00:00Z") },
        { cohortId: cohort.id, userId: m3.id, joinedAt: new Date("2025-09-01T00:00:00Z") },
      ],
    });
    const post = (authorId: string, title: string) =>
      db().boardPost.create({
        data: {
          cohortId: cohort.id,
          authorId,
          kind: "OPENING",
          openingLevel: "PGY2",
          specialty: "neurology",
          programName: "Neurology Residency",
          institution: "Mercy General",
          location: "Dayton, OH",
          title,
          body: "An unexpected PGY-2 position opened for July 2027. Applications go through ERAS.",
          evidenceKind: "RUMOUR",
          heardOn: new Date("2026-02-01T00:00:00Z"),
          heardHow: "Morning report",
        },
      });
    const dPost = await post(d.id, "PGY-2 neurology opening at Mercy");
    const peerPost = await post(m1.id, "Categorical IM spot for January");
    actAs(d.id);
    const commentId = okData(await addComment({ postId: peerPost.id, body: "I heard the same from the chiefs." })).id;
    okData(await reactToPost({ postId: peerPost.id, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE", sourceLink: "https://example.org/jobs" }));
    okData(await reactToPost({ postId: peerPost.id, kind: "INTEREST", on: true }));
    actAs(m3.id);
    okData(await reactToPost({ postId: peerPost.id, kind: "CONFIRM", on: true, sourceType: "PROGRAM_WEBSITE", sourceLink: "https://example.org/jobs" }));
    // Last, because in a cohort this small one flag hides the post (and a hidden post takes no reactions).
    actAs(d.id);
    okData(await flagPost({ postId: peerPost.id, reason: "DUPLICATE", note: "Posted twice." }));

    const advisor = await createAdvisor();
    await db().advisorGrant.create({ data: { residentId: d.id, advisorId: advisor.id, scopes: ALL_SCOPES } });
    actAs(advisor.id);
    await getAdvisedPeople(await currentViewer(), d.id, NOW); // an advisor.view in the audit log
    actAs(null);
    return { d, m1, m2, m3, cohortId: cohort.id, dPostId: dPost.id, peerPostId: peerPost.id, commentId, advisor };
  }

  it("with the wrong confirmation is VALIDATION and deletes nothing", async () => {
    const f = await buildDeletable();
    actAs(f.d.id);
    const people = await db().person.count({ where: { residentId: f.d.id } });
    for (const confirmation of ["", "not-my-email@example.org", f.m1.email]) {
      expect(await deleteAccount({ confirmation })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { confirmation: expect.any(Array) } });
    }
    expect(await db().user.findUnique({ where: { id: f.d.id } })).not.toBeNull();
    expect(await db().person.count({ where: { residentId: f.d.id } })).toBe(people);
    expect(await db().auditEvent.count({ where: { action: "account.deleted", subjectUserId: f.d.id } })).toBe(0);
    expect(await currentViewer()).toMatchObject({ userId: f.d.id });
  });

  it("with their email deletes the account and its workspace, keeps the board's history, and ends advisor access", async () => {
    const f = await buildDeletable();
    const peerBefore = await db().boardPost.findUniqueOrThrow({ where: { id: f.peerPostId } });
    expect(peerBefore).toMatchObject({ confirmCount: 2, interestCount: 1, flagCount: 1, commentCount: 1 });
    const auditBefore = await db().auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(auditBefore.some((e) => e.subjectUserId === f.d.id && e.action === "advisor.view")).toBe(true);
    actAs(f.advisor.id);
    expect((await getAdvisorHome(await currentViewer(), NOW)).map((r) => r.residentId)).toEqual([f.d.id]);

    actAs(f.d.id);
    expect(await deleteAccount({ confirmation: f.d.email })).toMatchObject({ ok: true });

    expect(await db().user.findUnique({ where: { id: f.d.id } })).toBeNull();
    expect(await db().residentProfile.findUnique({ where: { userId: f.d.id } })).toBeNull();
    const where = { residentId: f.d.id };
    expect(
      await Promise.all([db().person.count({ where }), db().program.count({ where }), db().logEntry.count({ where }), db().matchCycle.count({ where })]),
    ).toEqual([0, 0, 0, 0]);
    expect(await db().advisorGrant.count({ where })).toBe(0);
    expect(await db().cohortMembership.count({ where: { userId: f.d.id } })).toBe(0);
    expect(await db().postReaction.count({ where: { userId: f.d.id } })).toBe(0);
    expect(await db().postFlag.count({ where: { userId: f.d.id } })).toBe(0);

    // The board keeps its history: D's post and comment stay, without an author.
    expect(await db().boardPost.findUnique({ where: { id: f.dPostId } })).toMatchObject({ authorId: null, title: "PGY-2 neurology opening at Mercy" });
    expect(await db().postComment.findUnique({ where: { id: f.commentId } })).toMatchObject({ authorId: null, body: "I heard the same from the chiefs." });
    // Counters D contributed to go down by D's share only.
    expect(await db().boardPost.findUniqueOrThrow({ where: { id: f.peerPostId } })).toMatchObject({
      confirmCount: 1,
      interestCount: 0,
      flagCount: 0,
      commentCount: 1,
    });

    // The cohort D alone moderated has a new moderator: the longest-standing remaining member.
    const memberships = await db().cohortMembership.findMany({ where: { cohortId: f.cohortId }, orderBy: { joinedAt: "asc" } });
    expect(memberships.map((m) => [m.userId, m.role])).toEqual([
      [f.m2.id, "MODERATOR"],
      [f.m1.id, "MEMBER"],
      [f.m3.id, "MEMBER"],
    ]);

    // The advisor loses access at once, with the same session.
    actAs(f.advisor.id);
    expect(await getAdvisorHome(await currentViewer(), NOW)).toEqual([]);
    expect(await codeOf(requireAdvisorAccess(await currentViewer(), f.d.id, NOW, "overview"))).toBe("NOT_FOUND");
    expect(await codeOf(getAdvisedPeople(await currentViewer(), f.d.id, NOW))).toBe("NOT_FOUND");

    // The audit log is append-only: every earlier row is still there, unchanged, plus account.deleted.
    const auditAfter = await db().auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    const added = auditAfter.slice(auditBefore.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: "account.deleted", subjectUserId: f.d.id, actorId: null });

    // The deleted user's session no longer yields a viewer.
    actAs(f.d.id);
    expect(await getViewer()).toBeNull();
    expect(await deleteAccount({ confirmation: f.d.email })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("keeps the other moderator when the cohort has one, promoting nobody", async () => {
    const d = await createResident();
    const [mod, member] = [await createResident(), await createResident()];
    const cohort = await db().cohort.create({
      data: { name: `Two moderators ${faker.string.alpha(6)}`, programName: "Preliminary Surgery", institution: "Mercy", year: 2026, track: "PRELIM_SURGERY" },
    });
    await db().cohortMembership.createMany({
      data: [
        { cohortId: cohort.id, userId: d.id, role: "MODERATOR", joinedAt: new Date("2025-07-01T00:00:00Z") },
        { cohortId: cohort.id, userId: member.id, joinedAt: new Date("2025-07-02T00:00:00Z") },
        { cohortId: cohort.id, userId: mod.id, role: "MODERATOR", joinedAt: new Date("2025-07-03T00:00:00Z") },
      ],
    });
    actAs(d.id);
    okData(await deleteAccount({ confirmation: d.email }));
    const roles = Object.fromEntries((await db().cohortMembership.findMany({ where: { cohortId: cohort.id } })).map((m) => [m.userId, m.role]));
    expect(roles).toEqual({ [mod.id]: "MODERATOR", [member.id]: "MEMBER" });
  });

  // Fails today (production bug): deleting the user sets advisor_invitations.accepted_by to NULL (ON DELETE SET NULL,
  // prisma/migrations/20261121050000_advisors/migration.sql line 19) while accepted_at stays set, which violates
  // CHECK advisor_invitations_single_use (line 22). The transaction in lib/server/account/delete-account.ts rolls
  // back and the action answers UNAVAILABLE, so any advisor who ever accepted an invitation cannot delete their account.
  it("an advisor who accepted an invitation can delete their account, and the resident keeps the invitation record", async () => {
    const resident = await createResident();
    const { token } = await invite(resident, ["people"]);
    const advisor = await createUser();
    actAs(advisor.id);
    okData(await acceptInvitation({ token }));
    const advisorViewer = await currentViewer();
    expect(advisorViewer.role).toBe("ADVISOR");

    const result = await deleteAccount({ confirmation: advisor.email });
    expect(result, `deleteAccount answered ${JSON.stringify(result.ok ? result : { code: result.code, message: result.message })}`).toMatchObject({ ok: true });
    expect(await db().user.findUnique({ where: { id: advisor.id } })).toBeNull();
    expect(await grantsOf(resident.id)).toEqual([]);
    const invitation = await db().advisorInvitation.findFirstOrThrow({ where: { residentId: resident.id } });
    expect(invitation.acceptedAt).not.toBeNull();
  });
});
