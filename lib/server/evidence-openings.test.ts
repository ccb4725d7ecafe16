// Projects, feedback, brag sheets, the mentorship board, the opening playbook, the watchlist and the pivot decision,
// against PostgreSQL: what the actions write, what the database refuses on its own (checks, composite keys, unique
// indexes), what happens when a linked record is deleted, and who may see what.
import { faker } from "@faker-js/faker";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { deleteAsk } from "@/lib/actions/asks/delete-ask";
import { leaveCohort } from "@/lib/actions/cohorts/leave-cohort";
import { deleteFeedback } from "@/lib/actions/evidence/delete-feedback";
import { saveBragSheet } from "@/lib/actions/evidence/save-brag-sheet";
import { saveFeedback } from "@/lib/actions/evidence/save-feedback";
import { saveProject } from "@/lib/actions/evidence/save-project";
import { assignMentor } from "@/lib/actions/mentors/assign-mentor";
import { removeMentor } from "@/lib/actions/mentors/remove-mentor";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { confirmEligibility } from "@/lib/actions/openings/confirm-eligibility";
import { markWatchChecked } from "@/lib/actions/openings/mark-watch-checked";
import { recordSupportAnswer } from "@/lib/actions/openings/record-support-answer";
import { requestSupport } from "@/lib/actions/openings/request-support";
import { saveWatchedProgram } from "@/lib/actions/openings/save-watched-program";
import { setPlaybookProgram } from "@/lib/actions/openings/set-playbook-program";
import { startPlaybook } from "@/lib/actions/openings/start-playbook";
import { stopPlaybook } from "@/lib/actions/openings/stop-playbook";
import { createPerson } from "@/lib/actions/people/create-person";
import { deletePerson } from "@/lib/actions/people/delete-person";
import { deleteRotation } from "@/lib/actions/plan/delete-rotation";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import type { ActionResult } from "@/lib/actions/safe-action";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { setDecision } from "@/lib/actions/targets/set-decision";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { exportAccount } from "@/lib/server/account/export-account";
import { getBragSheet } from "@/lib/server/evidence/get-brag-sheet";
import { getEvidence } from "@/lib/server/evidence/get-evidence";
import { getMentorshipBoard } from "@/lib/server/mentors/get-mentorship-board";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { getOpeningAction } from "@/lib/server/openings/get-opening-action";
import { getOpenings } from "@/lib/server/openings/get-openings";
import { getPlaybook } from "@/lib/server/openings/get-playbook";
import { getRunningLog } from "@/lib/server/plan/running-log";
import { getTargets } from "@/lib/server/targets/get-targets";
import { withTestDatabase } from "@/lib/testing/db";
import { createCohort, createResident } from "@/lib/testing/factories";
import { openingPostData } from "@/lib/testing/opening-post";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-11-27T15:00:00Z");
type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.code : `raw ${(error as { code?: string }).code ?? ""} ${String(error).slice(0, 200)}`;
  }
}

/** The SQLSTATE of a raw statement that should fail, or "ok". */
async function sqlState(sql: string): Promise<string> {
  try {
    await db().$executeRawUnsafe(sql);
    return "ok";
  } catch (error) {
    const e = error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }; code?: string };
    return e.meta?.driverAdapterError?.cause?.originalCode ?? e.code ?? "unknown";
  }
}

async function person(name: string, role = "ATTENDING", tags: string[] = []) {
  return ok(await createPerson({ name: `${name} ${faker.string.alpha(5)}`, role, tags, isAList: false, specialty: "neurology" })).id;
}

function post(cohortId: string, authorId: string, overrides: Record<string, unknown> = {}) {
  return db().boardPost.create({ data: openingPostData(cohortId, authorId, overrides) });
}

let a: User;
let b: User;

beforeAll(async () => {
  a = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
  b = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
});

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
  actAs(a.id);
});

describe("projects and feedback", () => {
  it("a completed project without a date is completed today; a completion date needs the Completed status", async () => {
    const id = ok(await saveProject({ title: "Case report: anti-NMDA encephalitis", kind: "CASE_REPORT", status: "COMPLETED", startedOn: "2026-09-01" })).id;
    expect((await db().project.findUniqueOrThrow({ where: { id } })).completedOn?.toISOString().slice(0, 10)).toBe("2026-11-27");
    expect(await saveProject({ title: "Poster", kind: "POSTER", status: "IN_PROGRESS", completedOn: "2026-11-01" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { completedOn: ["Only a completed project has a completion date. Set the status to Completed, or clear the date."] },
      values: { title: "Poster" },
    });
    expect(await saveProject({ title: "Poster", kind: "POSTER", status: "COMPLETED", startedOn: "2026-12-20" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { startedOn: [expect.stringMatching(/start date on or before today/)] },
    });
  });

  it("another resident's person or rotation cannot be linked: not found, and nothing is written", async () => {
    actAs(b.id);
    const theirs = await person("Dr. Elsewhere");
    const rotation = ok(await saveRotation({ startsOn: "2026-10-01", endsOn: "2026-10-28", service: "Neuro ICU", attendingIds: [] })).id;
    actAs(a.id);
    const before = await db().project.count();
    expect(await saveProject({ title: "Borrowed mentor", kind: "OTHER", mentorId: theirs })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      fieldErrors: { mentorId: ["Choose someone from your people."] },
    });
    expect(await saveProject({ title: "Borrowed rotation", kind: "OTHER", rotationId: rotation })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      fieldErrors: { rotationId: ["Choose one of your rotations."] },
    });
    expect(await saveFeedback({ personId: theirs, receivedOn: "2026-11-01", quote: "Great work" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().project.count()).toBe(before);
  });

  it("the database refuses a cross-resident link and a broken invariant even without the application", async () => {
    actAs(b.id);
    const theirs = await person("Dr. Raw");
    actAs(a.id);
    expect(await sqlState(`INSERT INTO projects (resident_id, title, kind, mentor_id) VALUES ('${a.id}', 'x', 'OTHER', '${theirs}')`)).toBe("23503");
    expect(await sqlState(`INSERT INTO projects (resident_id, title, kind, status) VALUES ('${a.id}', 'x', 'OTHER', 'COMPLETED')`)).toBe("23514");
    expect(await sqlState(`INSERT INTO projects (resident_id, title, kind, output_url) VALUES ('${a.id}', 'x', 'OTHER', 'javascript:alert(1)')`)).toBe("23514");
    expect(await sqlState(`INSERT INTO projects (resident_id, title, kind) VALUES ('${a.id}', '   ', 'OTHER')`)).toBe("23514");
    expect(await sqlState(`INSERT INTO brag_sheets (resident_id, cv_url) VALUES ('${a.id}', 'ftp://x')`)).toBe("23514");
  });

  it("keeps the same words from the same person on the same day once, even when sent twice at once", async () => {
    const giver = await person("Dr. Twice");
    const input = { personId: giver, receivedOn: "2026-11-20", quote: "The best handoffs on the floor." };
    const results = await Promise.all([saveFeedback(input), saveFeedback(input), saveFeedback(input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok))
      expect(r).toMatchObject({ code: "CONFLICT", fieldErrors: { quote: ["You already saved these words from this person on that day."] } });
    expect(await db().feedbackQuote.count({ where: { personId: giver } })).toBe(1);
    ok(await saveFeedback({ ...input, receivedOn: "2026-11-21" }));
  });

  it("deleting a mentor or a rotation clears only the link; deleting a person takes their quotes with them", async () => {
    const mentor = await person("Dr. Gone");
    const rotationId = ok(await saveRotation({ startsOn: "2026-09-01", endsOn: "2026-09-28", service: "Stroke service", attendingIds: [mentor] })).id;
    const projectId = ok(await saveProject({ title: "tPA audit", kind: "QI_PROJECT", status: "IN_PROGRESS", mentorId: mentor, rotationId })).id;
    const quoteId = ok(await saveFeedback({ personId: mentor, rotationId, receivedOn: "2026-09-20", quote: "Calm in a code." })).id;
    ok(await deleteRotation({ rotationId }));
    expect(await db().project.findUniqueOrThrow({ where: { id: projectId } })).toMatchObject({ rotationId: null, mentorId: mentor });
    expect(await db().feedbackQuote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({ rotationId: null });
    ok(await deletePerson({ personId: mentor }));
    expect(await db().project.findUniqueOrThrow({ where: { id: projectId } })).toMatchObject({ mentorId: null, title: "tPA audit" });
    expect(await db().feedbackQuote.findUnique({ where: { id: quoteId } })).toBeNull();
  });

  it("another resident cannot edit or delete a quote, and never sees it", async () => {
    const giver = await person("Dr. Private");
    const quoteId = ok(await saveFeedback({ personId: giver, receivedOn: "2026-11-02", quote: "Private praise." })).id;
    actAs(b.id);
    const bPerson = await person("Dr. B");
    expect(await saveFeedback({ feedbackId: quoteId, personId: bPerson, receivedOn: "2026-11-02", quote: "Overwritten" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await deleteFeedback({ feedbackId: quoteId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await getEvidence(viewerOf(b))).feedback.items.map((q) => q.quote)).not.toContain("Private praise.");
    expect((await db().feedbackQuote.findUniqueOrThrow({ where: { id: quoteId } })).quote).toBe("Private praise.");
  });

  it("the running log shows a project's start and completion and each quote, with the rotation running then", async () => {
    const c = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    actAs(c.id);
    const giver = await person("Dr. Log");
    ok(await saveRotation({ startsOn: "2026-10-01", endsOn: "2026-10-28", service: "Consult neurology", attendingIds: [giver] }));
    ok(
      await saveProject({
        title: "EEG triage guide",
        kind: "TEACHING_SESSION",
        status: "COMPLETED",
        mentorId: giver,
        startedOn: "2026-10-05",
        completedOn: "2026-11-10",
        output: "Taught to the interns",
      }),
    );
    ok(await saveFeedback({ personId: giver, receivedOn: "2026-10-20", quote: "Reads the EEG like a fellow.", context: "on consults" }));
    const { rows } = await getRunningLog(viewerOf(c), null);
    expect(
      rows.filter((r) => r.source === "project" || r.source === "feedback").map((r) => [r.month, r.service, r.faculty?.replace(/ \w+$/, ""), r.action]),
    ).toEqual([
      ["2026-11", null, "Dr. Log", "Project completed: Teaching session: EEG triage guide (Taught to the interns)"],
      ["2026-10", "Consult neurology", "Dr. Log", 'Feedback: "Reads the EEG like a fellow." (on consults)'],
      ["2026-10", "Consult neurology", "Dr. Log", "Project started: Teaching session: EEG triage guide"],
    ]);
  });
});

describe("the brag sheet", () => {
  it("is built for a letter ask only, from the viewer's own records, the writer's words first", async () => {
    const c = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    actAs(c.id);
    ok(await saveTargets({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }));
    const writer = await person("Dr. Writer", "ATTENDING", ["LETTER_WRITER"]);
    const other = await person("Dr. Other");
    ok(await saveFeedback({ personId: other, receivedOn: "2026-11-20", quote: "Newer, from someone else." }));
    ok(await saveFeedback({ personId: writer, receivedOn: "2026-09-01", quote: "Older, from the writer." }));
    ok(await saveProject({ title: "Stroke QI", kind: "QI_PROJECT", status: "IN_PROGRESS", mentorId: writer }));
    ok(await saveBragSheet({ cvUrl: "https://example.org/cv.pdf", statementDraft: "Draft." }));
    const letter = ok(await createAsk({ personId: writer, kind: "LETTER", status: "ASKED", fromPrelimYear: true })).id;
    const intel = ok(await createAsk({ personId: other, kind: "INTEL", status: "PLANNED", fromPrelimYear: true })).id;
    const { sheet } = await getBragSheet(viewerOf(c), letter);
    expect(sheet.feedback.map((q) => q.quote)).toEqual(["Older, from the writer.", "Newer, from someone else."]);
    expect(sheet.projects.map((p) => p.title)).toEqual(["Stroke QI"]);
    expect(sheet.resident.targetLabel).toBe("Neurology");
    expect(sheet.missing).toEqual([]);
    expect(await codeOf(getBragSheet(viewerOf(c), intel))).toBe("NOT_FOUND");
    expect(await codeOf(getBragSheet(viewerOf(a), letter))).toBe("NOT_FOUND");
  });
});

describe("the mentorship board", () => {
  it("fills roles from the viewer's people, keeps strong yes to upper-levels, and shows the gaps left", async () => {
    const c = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    actAs(c.id);
    const senior = await person("Dr. Senior", "SENIOR_RESIDENT");
    ok(await assignMentor({ personId: senior, role: "NEAR_PEER", strongYes: true }));
    ok(await assignMentor({ personId: senior, role: "UPPER_LEVEL", strongYes: true }));
    const rows = await db().mentorAssignment.findMany({ where: { residentId: c.id }, orderBy: { role: "asc" }, select: { role: true, strongYes: true } });
    expect(rows).toEqual([
      { role: "NEAR_PEER", strongYes: false },
      { role: "UPPER_LEVEL", strongYes: true },
    ]);
    const board = await getMentorshipBoard(viewerOf(c));
    expect(board.gaps).toEqual(["No clinical mentor yet", "No career mentor yet", "No research mentor yet", "1 of 3 upper-level residents named"]);
    expect(await sqlState(`UPDATE mentor_assignments SET strong_yes = true WHERE resident_id = '${c.id}' AND role = 'NEAR_PEER'`)).toBe("23514");
    ok(await removeMentor({ personId: senior, role: "NEAR_PEER" }));
    expect(await removeMentor({ personId: senior, role: "NEAR_PEER" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(b.id);
    expect(await assignMentor({ personId: senior, role: "CAREER" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().mentorAssignment.count({ where: { residentId: b.id } })).toBe(0);
  });
});

describe("the opening playbook", () => {
  it("starts once per resident and post, even on simultaneous clicks, only for members and only on openings", async () => {
    const cohort = await createCohort([{ userId: a.id }, { userId: b.id }]);
    const opening = await post(cohort.id, b.id);
    const leadership = await post(cohort.id, b.id, { kind: "LEADERSHIP_CHANGE", openingLevel: null, title: "New PD at Columbus" });
    const hidden = await post(cohort.id, b.id, { status: "HIDDEN", title: "Hidden opening" });
    const outsider = await createResident();
    const results = await Promise.all([1, 2, 3, 4].map(() => startPlaybook({ postId: opening.id })));
    const ids = new Set(results.map((r) => ok(r).id));
    expect(ids.size).toBe(1);
    expect(await db().openingPlaybook.count({ where: { postId: opening.id } })).toBe(1);
    expect(await startPlaybook({ postId: leadership.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await startPlaybook({ postId: hidden.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(outsider.id);
    expect(await startPlaybook({ postId: opening.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await codeOf(getPlaybook(viewerOf(outsider), cohort.id, opening.id, NOW))).toBe("NOT_FOUND");
    expect(await sqlState(`INSERT INTO opening_playbooks (resident_id, post_id) VALUES ('${a.id}', '${opening.id}')`)).toBe("23505");
  });

  it("counts members acting on a post, never says who, and stops counting someone who left the cohort", async () => {
    const c = await createResident();
    const cohort = await createCohort([{ userId: a.id }, { userId: b.id }, { userId: c.id }]);
    const opening = await post(cohort.id, c.id);
    ok(await startPlaybook({ postId: opening.id }));
    actAs(b.id);
    ok(await startPlaybook({ postId: opening.id }));
    const seen = await getOpeningAction(viewerOf(c), cohort.id, opening.id);
    expect(seen).toEqual({ actingCount: 2, mine: false });
    expect(JSON.stringify(seen)).not.toContain(a.id);
    ok(await leaveCohort({ cohortId: cohort.id }));
    expect(await getOpeningAction(viewerOf(c), cohort.id, opening.id)).toEqual({ actingCount: 1, mine: false });
  });

  it("walks the three steps: eligibility, two backers (reusing an open ask), the program and the message", async () => {
    const c = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)), visaStatus: "J1" });
    const cohort = await createCohort([{ userId: c.id }, { userId: b.id }]);
    const opening = await post(cohort.id, b.id);
    actAs(c.id);
    ok(await saveTargets({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }));
    const pd = await person("Dr. PD", "PROGRAM_DIRECTOR");
    const writer = await person("Dr. Letters", "ATTENDING", ["LETTER_WRITER"]);
    const existing = ok(
      await createAsk({ personId: pd, kind: "ADVOCACY", status: "ASKED", askedOn: "2026-11-01", fromPrelimYear: true, notes: "Earlier ask" }),
    ).id;
    const playbookId = ok(await startPlaybook({ postId: opening.id })).id;

    let page = await getPlaybook(viewerOf(c), cohort.id, opening.id, NOW);
    expect(page.checks.map((x) => [x.key, x.status])).toEqual([
      ["level", "ok"],
      ["start", "ok"],
      ["visa", "ok"],
      ["specialty", "ok"],
    ]);
    expect(page.next).toBe("eligibility");
    ok(await confirmEligibility({ playbookId, note: "Coordinator confirmed J-1." }));

    expect(await requestSupport({ playbookId, pdId: pd, writerId: pd })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { writerId: [expect.stringMatching(/someone other than your program director/)] },
    });
    ok(await requestSupport({ playbookId, pdId: pd, writerId: writer }));
    ok(await requestSupport({ playbookId, pdId: pd, writerId: writer }));
    const asks = await db().ask.findMany({ where: { residentId: c.id, kind: "ADVOCACY" }, select: { id: true, personId: true, status: true, notes: true } });
    expect(asks).toHaveLength(2);
    expect(asks.find((x) => x.personId === pd)?.id).toBe(existing);
    expect(asks.find((x) => x.personId === writer)?.notes).toMatch(/Columbus Neurology Residency, Columbus University Hospital.*PGY-2 neurology spot for July/);

    ok(await recordSupportAnswer({ playbookId, who: "pd", answer: "AGREED" }));
    page = await getPlaybook(viewerOf(c), cohort.id, opening.id, NOW);
    expect(page.steps.map((s) => s.status)).toEqual(["done", "in-progress", "todo"]);
    ok(await recordSupportAnswer({ playbookId, who: "writer", answer: "DECLINED" }));
    page = await getPlaybook(viewerOf(c), cohort.id, opening.id, NOW);
    expect(page.steps[1]).toMatchObject({ status: "blocked" });
    ok(await recordSupportAnswer({ playbookId, who: "writer", answer: "AGREED" }));
    const writerAsk = await db().ask.findFirstOrThrow({
      where: { residentId: c.id, personId: writer },
      select: { askedOn: true, respondedOn: true, status: true },
    });
    expect(writerAsk).toEqual({ status: "AGREED", askedOn: new Date("2026-11-27T00:00:00Z"), respondedOn: new Date("2026-11-27T00:00:00Z") });

    const { programId } = ok(await setPlaybookProgram({ playbookId, name: "Columbus Neurology Residency", institution: "Columbus University Hospital" }));
    expect(await db().program.findUniqueOrThrow({ where: { id: programId } })).toMatchObject({
      residentId: c.id,
      specialty: "neurology",
      programType: "CATEGORICAL",
      participatesInMatch: false,
    });
    page = await getPlaybook(viewerOf(c), cohort.id, opening.id, NOW);
    expect(page.next).toBe("message");
    expect(page.draft.body).toMatch(/Dr\. PD \w+ and Dr\. Letters \w+ have kindly agreed/);

    const cycleId = (await ensureCycles(viewerOf(c)))[0]!.id;
    ok(
      await recordMessage({
        programId,
        cycleId,
        kind: "OTHER",
        subject: page.draft.subject,
        body: page.draft.body.replace("[programDirectorName]", "Rivera").replace("[highlight]", "led a stroke-code QI project"),
        confirmWarnings: ["too-long"],
      }),
    );
    page = await getPlaybook(viewerOf(c), cohort.id, opening.id, NOW);
    expect(page.steps.map((s) => s.status)).toEqual(["done", "done", "done"]);
    expect(page.next).toBeNull();
    expect((await getOpenings(viewerOf(c), NOW)).playbooks.map((p) => p.steps.every((s) => s.status === "done"))).toEqual([true]);

    // Deleting an ask clears the playbook's link to it; stopping leaves the asks and the program in place.
    ok(await deleteAsk({ askId: existing }));
    expect(await db().openingPlaybook.findUniqueOrThrow({ where: { id: playbookId }, select: { pdAskId: true } })).toEqual({ pdAskId: null });
    ok(await stopPlaybook({ playbookId }));
    expect(await db().openingPlaybook.count({ where: { id: playbookId } })).toBe(0);
    expect(await db().program.count({ where: { id: programId } })).toBe(1);
    expect(await db().ask.count({ where: { residentId: c.id, personId: writer } })).toBe(1);
  });

  it("never lets another resident drive someone's playbook, even from the same cohort", async () => {
    const cohort = await createCohort([{ userId: a.id }, { userId: b.id }]);
    const opening = await post(cohort.id, b.id);
    const playbookId = ok(await startPlaybook({ postId: opening.id })).id;
    const pd = await person("Dr. Mine", "PROGRAM_DIRECTOR");
    actAs(b.id);
    const theirs = await person("Dr. Theirs");
    for (const result of [
      await confirmEligibility({ playbookId }),
      await requestSupport({ playbookId, pdId: theirs, writerId: pd }),
      await recordSupportAnswer({ playbookId, who: "pd", answer: "AGREED" }),
      await setPlaybookProgram({ playbookId, name: "Hijack", institution: "Elsewhere" }),
      await stopPlaybook({ playbookId }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().openingPlaybook.findUniqueOrThrow({ where: { id: playbookId } })).toMatchObject({
      eligibilityCheckedOn: null,
      pdAskId: null,
      programId: null,
    });
    expect(await db().program.count({ where: { name: "Hijack" } })).toBe(0);
  });
});

describe("the watchlist", () => {
  it("keeps one entry per program however it is written, moves the next check on, and suggests PGY-2 programs from the board", async () => {
    const c = await createResident();
    const cohort = await createCohort([{ userId: c.id }, { userId: b.id }]);
    await post(cohort.id, b.id, { programName: "Lakeshore Neurology", institution: "Lakeshore Medical Center" });
    await post(cohort.id, b.id, { programName: "Hillside Neurology", institution: "Hillside Hospital" });
    actAs(c.id);
    const watchId = ok(
      await saveWatchedProgram({ name: "Lakeshore Neurology", institution: "Lakeshore Medical Center", cadenceDays: 7, sources: ["FREIDA", "FREIDA"] }),
    ).id;
    expect(await saveWatchedProgram({ name: "  lakeshore NEUROLOGY", institution: "lakeshore medical center", cadenceDays: 14 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { name: ["This program is already on your watchlist."] },
    });
    expect(await saveWatchedProgram({ name: "X", cadenceDays: 10 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { cadenceDays: ["Choose weekly, every two weeks or monthly."] },
    });
    expect(await sqlState(`UPDATE watched_programs SET cadence_days = 3 WHERE id = '${watchId}'`)).toBe("23514");
    let o = await getOpenings(viewerOf(c), NOW);
    expect(o.watchlist).toMatchObject([{ name: "Lakeshore Neurology", sources: ["FREIDA"], nextCheckOn: "2026-11-27", lastCheckedOn: null, overdue: false }]);
    expect(o.suggestions.map((s) => s.name)).toEqual(["Hillside Neurology"]);
    ok(await markWatchChecked({ watchId }));
    o = await getOpenings(viewerOf(c), NOW);
    expect(o.watchlist[0]).toMatchObject({ lastCheckedOn: "2026-11-27", nextCheckOn: "2026-12-04" });
    actAs(b.id);
    expect(await markWatchChecked({ watchId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("the pivot decision", () => {
  it("records the path, makes its specialty the target with a history row, and reopening clears it", async () => {
    const c = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    actAs(c.id);
    ok(await saveTargets({ specialty: "dermatology", geoStance: "ANYWHERE", unsuccessfulCycles: 2 }));
    expect(await setDecision({ decision: "PIVOT" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { pivotSpecialty: ["Choose the specialty you will apply to next."] },
    });
    expect(await setDecision({ decision: "PIVOT", pivotSpecialty: "dermatology" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { pivotSpecialty: [expect.stringMatching(/already your target/)] },
    });
    ok(
      await setDecision({
        decision: "PIVOT",
        pivotSpecialty: "internal-medicine",
        pivotPath: "Internal medicine, then gastroenterology or cardiology fellowship",
      }),
    );
    let t = await getTargets(viewerOf(c));
    expect(t.target).toMatchObject({
      decision: "PIVOT",
      specialty: "internal-medicine",
      pivotFrom: "dermatology",
      pivotPath: "Internal medicine, then gastroenterology or cardiology fellowship",
      unsuccessfulCycles: 0,
    });
    expect(t.history.map((h) => [h.field, h.fromValue, h.toValue])).toEqual([["SPECIALTY", "dermatology", "internal-medicine"]]);
    // A different path later keeps what was left behind.
    ok(await setDecision({ decision: "PIVOT", pivotSpecialty: "radiation-oncology" }));
    t = await getTargets(viewerOf(c));
    expect(t.target).toMatchObject({ specialty: "radiation-oncology", pivotFrom: "dermatology", pivotPath: "Radiation oncology" });
    ok(await setDecision({ decision: "UNDECIDED" }));
    t = await getTargets(viewerOf(c));
    expect(t.target).toMatchObject({ decision: "UNDECIDED", specialty: "radiation-oncology", pivotFrom: null, pivotPath: null });
    expect(await sqlState(`UPDATE targets SET pivot_path = 'Sneaky' WHERE resident_id = '${c.id}'`)).toBe("23514");
  });
});

describe("the account export", () => {
  it("carries projects, feedback, the brag sheet, mentor roles, playbooks and the watchlist, and the quotes in the running log", async () => {
    const c = await createResident();
    const cohort = await createCohort([{ userId: c.id }, { userId: b.id }]);
    const opening = await post(cohort.id, b.id);
    actAs(c.id);
    const giver = await person("Dr. Export");
    ok(await saveProject({ title: "Exported QI project", kind: "QI_PROJECT" }));
    ok(await saveFeedback({ personId: giver, receivedOn: "2026-11-03", quote: "Exported words of praise." }));
    ok(await saveBragSheet({ statementDraft: "Exported statement." }));
    ok(await assignMentor({ personId: giver, role: "CAREER" }));
    ok(await startPlaybook({ postId: opening.id }));
    ok(await saveWatchedProgram({ name: "Exported Watch", cadenceDays: 30 }));
    const files = unzipSync(await exportAccount(viewerOf(c)));
    const data = JSON.parse(strFromU8(files["prelim-scout/everything.json"]!)) as { residentProfile: Record<string, unknown> };
    const profile = data.residentProfile as {
      projects: { title: string }[];
      feedback: { quote: string }[];
      bragSheet: { statementDraft: string };
      mentorRoles: { role: string }[];
      playbooks: { postId: string }[];
      watchlist: { name: string }[];
    };
    expect(profile.projects.map((p) => p.title)).toEqual(["Exported QI project"]);
    expect(profile.feedback.map((q) => q.quote)).toEqual(["Exported words of praise."]);
    expect(profile.bragSheet.statementDraft).toBe("Exported statement.");
    expect(profile.mentorRoles.map((m) => m.role)).toEqual(["CAREER"]);
    expect(profile.playbooks.map((p) => p.postId)).toEqual([opening.id]);
    expect(profile.watchlist.map((w) => w.name)).toEqual(["Exported Watch"]);
    expect(strFromU8(files["prelim-scout/running-log.csv"]!)).toContain("Exported words of praise.");
  });
});
