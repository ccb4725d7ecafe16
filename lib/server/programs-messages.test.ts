// Programs, match cycles and pre-match messages against real PostgreSQL: recording a message runs the honesty
// rules inside a transaction (DOMAIN.md, "Pre-match communication"), blocks write nothing but an audit entry, the
// two cycle-wide invariants (one letter of intent, one first-choice program) hold under concurrency and against
// raw SQL, NRMP codes, the CSV import, SOAP and editable calendars. Authorization: programs-messages-access.test.ts.
import { faker } from "@faker-js/faker";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { createProgram } from "@/lib/actions/programs/create-program";
import { importPrograms } from "@/lib/actions/programs/import-programs";
import { setSoapContact } from "@/lib/actions/programs/set-soap-contact";
import { updateCycle } from "@/lib/actions/programs/update-cycle";
import { updateProgram } from "@/lib/actions/programs/update-program";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { getPool } from "@/lib/db/pool";
import { toDateOnly } from "@/lib/dates";
import type { Finding } from "@/lib/rules/message-rules";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { listBlockedAttempts } from "@/lib/server/messages/list-blocked-attempts";
import { listPrograms } from "@/lib/server/programs/list-programs";
import { withTestDatabase } from "@/lib/testing/db";
import { createProgram as createProgramRow, createResident, csvUpload } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
});

/** Sets "now" for the actions (the ps-test-now cookie, honoured only with ALLOW_TEST_CLOCK=1). */
function at(iso: string): Date {
  testRequest.cookies.set(TEST_CLOCK_COOKIE, iso);
  return new Date(iso);
}

let programCounter = 0;
function programInput(overrides: Record<string, unknown> = {}) {
  programCounter += 1;
  return {
    name: `${faker.location.city()} Internal Medicine Residency ${programCounter}-${faker.string.alpha(5)}`,
    institution: `${faker.location.city()} University Hospital`,
    city: faker.location.city(),
    state: "OH",
    specialty: "internal-medicine",
    programType: "CATEGORICAL",
    participatesInMatch: true,
    visaSponsorship: "J1",
    imgFriendly: "YES",
    postInterviewCommunication: "YES",
    status: "INTERVIEWED",
    interviewDate: "2025-11-10",
    ...overrides,
  };
}

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(
      `expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})} ${JSON.stringify(result.detail ?? {})}`,
    );
  return result.data;
}

type RuleDetail = { findings: Finding[]; blocked: boolean };
function ruleDetail(result: ActionResult<unknown>): RuleDetail {
  if (result.ok || result.code !== "RULE_VIOLATION") throw new Error(`expected RULE_VIOLATION, got ${JSON.stringify(result)}`);
  return result.detail as RuleDetail;
}
const rulesOf = (result: ActionResult<unknown>) => ruleDetail(result).findings.map((f) => f.rule);

/** A signed-in resident with their cycles (copied from the defaults) and `n` programs. */
async function residentWith(n: number, overrides: Record<string, unknown>[] = []) {
  const resident = await createResident();
  actAs(resident.id);
  const cycles = await ensureCycles(viewerOf(resident));
  const cycle2026 = cycles.find((c) => c.name === "2026 Match")!;
  const cycle2027 = cycles.find((c) => c.name === "2027 Match")!;
  const programs: { id: string; name: string }[] = [];
  for (let i = 0; i < n; i++) {
    const input = programInput(overrides[i] ?? {});
    programs.push({ id: okData(await createProgram(input)).id, name: input.name });
  }
  return { resident, viewer: viewerOf(resident), cycle2026, cycle2027, programs };
}

const messagesOf = (residentId: string) => db().message.findMany({ where: { residentId }, orderBy: { createdAt: "asc" } });
const blockedEvents = (residentId: string) =>
  db().auditEvent.findMany({ where: { subjectUserId: residentId, action: "message.blocked" }, orderBy: { id: "asc" } });

/** Opens `n` pooled connections, so parallel calls really overlap instead of queueing for a connection. */
async function warmPool(n: number) {
  await Promise.all(Array.from({ length: n }, () => db().$executeRaw`SELECT pg_sleep(0.05)`));
}

/** The pg error of a raw statement (through the app's pool, bypassing the app entirely). */
async function rawError(sql: string, params: unknown[]): Promise<{ code?: string; constraint?: string; message: string }> {
  const error = await getPool()
    .query(sql, params)
    .then(
      () => null,
      (e: unknown) => e as { code?: string; constraint?: string; message: string },
    );
  if (!error) throw new Error(`expected the statement to fail: ${sql}`);
  return error;
}

const INSERT_MESSAGE = `INSERT INTO messages (resident_id, program_id, cycle_id, kind, subject, body, sent_at, claims_first_choice)
  VALUES ($1::uuid, $2::uuid, $3::uuid, $4::"MessageKind", 'Subject', 'Body text', now(), $5)`;

const LOI_BODY =
  "Dear Dr. Ramos, I am writing to tell you that your program is my first choice. Since my interview I presented our sepsis audit at grand rounds.";

describe("recording messages: the happy path", () => {
  it("ensureCycles copies the 2026 and 2027 defaults once, and is idempotent even in parallel", async () => {
    const resident = await createResident();
    const viewer = viewerOf(resident);
    const defaults = await db().matchCycleDefault.findMany({ orderBy: { name: "asc" } });
    expect(defaults.map((d) => d.name)).toEqual(["2026 Match", "2027 Match"]);

    const parallel = await Promise.all([ensureCycles(viewer), ensureCycles(viewer), ensureCycles(viewer)]);
    const first = parallel[0];
    expect(first.map((c) => c.name)).toEqual(["2026 Match", "2027 Match"]);
    for (const [i, cycle] of first.entries()) {
      const d = defaults[i]!;
      expect(cycle).toMatchObject({
        applicationsOpen: d.applicationsOpen,
        rankListDeadline: d.rankListDeadline,
        matchWeekMonday: d.matchWeekMonday,
        soapEnd: d.soapEnd,
        matchDay: d.matchDay,
        trainingStart: d.trainingStart,
      });
    }
    expect(toDateOnly(first[0]!.rankListDeadline)).toBe("2026-03-04");
    expect(toDateOnly(first[1]!.rankListDeadline)).toBe("2027-03-03");
    for (const other of parallel.slice(1)) expect(other.map((c) => c.id)).toEqual(first.map((c) => c.id));
    const again = await ensureCycles(viewer);
    expect(again.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(await db().matchCycle.count({ where: { residentId: resident.id } })).toBe(2);
  });

  it("stores a thank-you sent within 24 hours of the interview, without a first-choice claim", async () => {
    const { resident, cycle2026, programs } = await residentWith(1, [{ interviewDate: "2025-11-10", status: "INTERVIEW_OFFERED" }]);
    const now = at("2025-11-10T21:30:00.000Z");
    const result = await recordMessage({
      programId: programs[0]!.id,
      cycleId: cycle2026.id,
      kind: "THANK_YOU",
      subject: "Thank you for today's interview",
      body: "Dear Dr. Chen, thank you for hosting me today. I enjoyed hearing about your ambulatory block and the resident-led QI projects.",
    });
    const { id } = okData(result);
    const stored = await messagesOf(resident.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id,
      kind: "THANK_YOU",
      programId: programs[0]!.id,
      cycleId: cycle2026.id,
      claimsFirstChoice: false,
      confirmedWarnings: [],
      sentAt: now,
    });
    expect(await db().firstChoiceClaim.count({ where: { residentId: resident.id } })).toBe(0);
    // Thanking the program after the interview moves it from "interview offered" to "interviewed".
    expect((await db().program.findUniqueOrThrow({ where: { id: programs[0]!.id } })).status).toBe("INTERVIEWED");
  });

  it("stores a January letter of intent as a first-choice claim, with the claim row for that program", async () => {
    const { resident, cycle2026, programs } = await residentWith(2);
    const now = at("2026-01-20T15:00:00.000Z");
    const { id } = okData(
      await recordMessage({ programId: programs[1]!.id, cycleId: cycle2026.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI_BODY }),
    );
    const stored = await messagesOf(resident.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id, kind: "LETTER_OF_INTENT", programId: programs[1]!.id, claimsFirstChoice: true, confirmedWarnings: [], sentAt: now });
    expect(await db().firstChoiceClaim.findMany({ where: { residentId: resident.id } })).toEqual([
      expect.objectContaining({ cycleId: cycle2026.id, programId: programs[1]!.id }),
    ]);
  });
});

describe("blocks: nothing is written but an audit entry without the text", () => {
  // One resident, in order: a letter of intent, then three blocked attempts.
  let ctx: Awaited<ReturnType<typeof residentWith>>;
  const DISTINCTIVE = "sunflower-yellow lanyard from the Tuesday noon conference";

  it("a second letter of intent to another program is RULE_VIOLATION one-letter-of-intent and writes nothing", async () => {
    ctx = await residentWith(4, [{}, {}, {}, { postInterviewCommunication: "NO", interviewDate: "2026-01-05" }]);
    const [p1, p2] = ctx.programs;
    at("2026-01-20T15:00:00.000Z");
    okData(await recordMessage({ programId: p1!.id, cycleId: ctx.cycle2026.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI_BODY }));
    const messagesBefore = await messagesOf(ctx.resident.id);
    const claimsBefore = await db().firstChoiceClaim.findMany({ where: { residentId: ctx.resident.id } });

    at("2026-01-22T15:00:00.000Z");
    const subject = "Letter of intent (second)";
    const result = await recordMessage({
      programId: p2!.id,
      cycleId: ctx.cycle2026.id,
      kind: "LETTER_OF_INTENT",
      subject,
      body: `Dear Dr. Osei, I still remember the ${DISTINCTIVE}. I intend to rank your program first.`,
    });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    const detail = ruleDetail(result);
    expect(detail.blocked).toBe(true);
    expect(detail.findings).toContainEqual(expect.objectContaining({ rule: "one-letter-of-intent", severity: "block" }));
    expect(await messagesOf(ctx.resident.id)).toEqual(messagesBefore);
    expect(await db().firstChoiceClaim.findMany({ where: { residentId: ctx.resident.id } })).toEqual(claimsBefore);

    const events = await blockedEvents(ctx.resident.id);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({ actorId: ctx.resident.id, subjectUserId: ctx.resident.id, action: "message.blocked", section: "messages" });
    const eventDetail = event.detail as { rules: string[]; programId: string; kind: string };
    expect(eventDetail.rules[0]).toBe("one-letter-of-intent");
    expect(eventDetail.rules).toEqual(["one-letter-of-intent", "single-first-choice"]);
    expect(eventDetail).toMatchObject({ programId: p2!.id, kind: "LETTER_OF_INTENT" });
    const stored = JSON.stringify(event.detail);
    // The append-only log names the program by id only, so deleting an account leaves no program names behind.
    expect(stored).not.toContain(p2!.name);
    expect(stored).not.toContain("sunflower");
    expect(stored).not.toContain(subject);
  });

  it('"where will I be on your rank list" is a no-rank-solicitation block', async () => {
    const p3 = ctx.programs[2]!;
    actAs(ctx.resident.id);
    at("2026-01-23T15:00:00.000Z");
    const before = await messagesOf(ctx.resident.id);
    const result = await recordMessage({
      programId: p3.id,
      cycleId: ctx.cycle2026.id,
      kind: "INTEREST_UPDATE",
      subject: "A quick update",
      body: "Dear Dr. Abara, our abstract was accepted at ACP. Where will I be on your rank list?",
    });
    expect(ruleDetail(result).blocked).toBe(true);
    expect(rulesOf(result)).toEqual(["no-rank-solicitation"]);
    expect(await messagesOf(ctx.resident.id)).toEqual(before);
    expect((await blockedEvents(ctx.resident.id)).at(-1)?.detail).toMatchObject({ rules: ["no-rank-solicitation"], programId: p3.id });
  });

  it("a program that takes no post-interview communication, after the interview, is a respect-no-contact block", async () => {
    const p4 = ctx.programs[3]!;
    actAs(ctx.resident.id);
    at("2026-01-24T15:00:00.000Z");
    const before = await messagesOf(ctx.resident.id);
    const result = await recordMessage({
      programId: p4.id,
      cycleId: ctx.cycle2026.id,
      kind: "INTEREST_UPDATE",
      subject: "An update since my interview",
      body: "Dear Dr. Lindqvist, since my interview I have started a quality-improvement project on discharge planning.",
    });
    expect(ruleDetail(result).blocked).toBe(true);
    expect(rulesOf(result)).toEqual(["respect-no-contact"]);
    expect(await messagesOf(ctx.resident.id)).toEqual(before);
  });

  it("listBlockedAttempts shows them newest first, with rule and program", async () => {
    const list = await listBlockedAttempts(ctx.viewer);
    expect(list.map((b) => ({ rules: b.rules, programName: b.program?.name, kind: b.kind }))).toEqual([
      { rules: ["respect-no-contact"], programName: ctx.programs[3]!.name, kind: "INTEREST_UPDATE" },
      { rules: ["no-rank-solicitation"], programName: ctx.programs[2]!.name, kind: "INTEREST_UPDATE" },
      { rules: ["one-letter-of-intent", "single-first-choice"], programName: ctx.programs[1]!.name, kind: "LETTER_OF_INTENT" },
    ]);
    const times = list.map((b) => b.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe("warnings need confirmation", () => {
  const sentence = "Since my interview I have continued caring for patients on the wards and presenting cases at our morning report.";
  const body = `Dear Dr. Haddad, ${Array.from({ length: 13 }, () => sentence).join(" ")}`;

  it("a 250-word interest letter needs confirmation of too-long, then is stored with it", async () => {
    expect(body.split(/\s+/).length).toBe(250);
    const { resident, cycle2026, programs } = await residentWith(1);
    const now = at("2025-12-10T15:00:00.000Z");
    const input = { programId: programs[0]!.id, cycleId: cycle2026.id, kind: "INTEREST_UPDATE", subject: "An update from Riverside", body };

    const first = await recordMessage(input);
    expect(first).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    const detail = ruleDetail(first);
    expect(detail.blocked).toBe(false);
    expect(detail.findings).toEqual([expect.objectContaining({ rule: "too-long", severity: "warn" })]);
    expect(await messagesOf(resident.id)).toEqual([]);
    expect(await blockedEvents(resident.id)).toEqual([]);

    const { id } = okData(await recordMessage({ ...input, confirmWarnings: ["too-long"] }));
    const stored = await messagesOf(resident.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id, kind: "INTEREST_UPDATE", confirmedWarnings: ["too-long"], claimsFirstChoice: false, sentAt: now });
  });

  it("confirming a different warning is not enough", async () => {
    const { resident, cycle2026, programs } = await residentWith(1);
    at("2025-12-10T15:00:00.000Z");
    const result = await recordMessage({
      programId: programs[0]!.id,
      cycleId: cycle2026.id,
      kind: "INTEREST_UPDATE",
      subject: "Update",
      body,
      confirmWarnings: ["tone"],
    });
    expect(ruleDetail(result).blocked).toBe(false);
    expect(rulesOf(result)).toEqual(["too-long"]);
    expect(await messagesOf(resident.id)).toEqual([]);
  });
});

describe("cycle-wide invariants under concurrency", () => {
  it("50 parallel letters of intent to 50 programs: exactly one is stored, 49 are one-letter-of-intent blocks", async () => {
    const { resident, cycle2026, programs } = await residentWith(50);
    at("2026-01-20T15:00:00.000Z");
    await warmPool(10);
    const results = await Promise.all(
      programs.map((p) => recordMessage({ programId: p.id, cycleId: cycle2026.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI_BODY })),
    );
    const ok = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(49);
    for (const f of failed) {
      expect(f).toMatchObject({ code: "RULE_VIOLATION" });
      expect(rulesOf(f)).toContain("one-letter-of-intent");
    }
    const lois = await db().message.findMany({ where: { residentId: resident.id, cycleId: cycle2026.id, kind: "LETTER_OF_INTENT" } });
    expect(lois).toHaveLength(1);
    const winner = lois[0]!.programId;
    expect(await db().firstChoiceClaim.findMany({ where: { residentId: resident.id } })).toEqual([
      expect.objectContaining({ cycleId: cycle2026.id, programId: winner }),
    ]);
    expect(await blockedEvents(resident.id)).toHaveLength(49);

    // Bypassing the app: the database refuses a second letter of intent for the same resident and cycle.
    const same = await rawError(INSERT_MESSAGE, [resident.id, winner, cycle2026.id, "LETTER_OF_INTENT", true]);
    expect(same).toMatchObject({ code: "23505", constraint: "messages_one_letter_of_intent" });
    const other = programs.find((p) => p.id !== winner)!.id;
    // To another program the first-choice trigger fires first (a letter of intent is itself a first-choice claim).
    const elsewhere = await rawError(INSERT_MESSAGE, [resident.id, other, cycle2026.id, "LETTER_OF_INTENT", true]);
    expect(elsewhere).toMatchObject({ code: "23505", constraint: "messages_single_first_choice", message: "single_first_choice" });
    expect(await db().message.count({ where: { residentId: resident.id } })).toBe(1);
  });

  it("20 parallel 'you are my first choice' letters to 20 programs: exactly one claim is stored, 19 single-first-choice blocks", async () => {
    const { resident, cycle2026, programs } = await residentWith(20);
    at("2025-12-10T15:00:00.000Z");
    await warmPool(10);
    const results = await Promise.all(
      programs.map((p) =>
        recordMessage({
          programId: p.id,
          cycleId: cycle2026.id,
          kind: "INTEREST_UPDATE",
          subject: "An update",
          body: "Dear Dr. Novak, You are my first choice. Since my interview our case report on cardiac sarcoidosis was accepted.",
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failed = results.filter((r) => !r.ok);
    expect(failed).toHaveLength(19);
    for (const f of failed) expect(rulesOf(f)).toContain("single-first-choice");
    const claims = await db().message.findMany({ where: { residentId: resident.id, claimsFirstChoice: true } });
    expect(claims).toHaveLength(1);
    expect(await db().message.count({ where: { residentId: resident.id } })).toBe(1);
    const winner = claims[0]!.programId;
    expect(await db().firstChoiceClaim.findMany({ where: { residentId: resident.id } })).toEqual([expect.objectContaining({ programId: winner })]);

    // Bypassing the app: a claim to a second program fails with the trigger's error.
    const [other, third] = programs.filter((p) => p.id !== winner);
    const error = await rawError(INSERT_MESSAGE, [resident.id, other!.id, cycle2026.id, "INTEREST_UPDATE", true]);
    expect(error).toMatchObject({ code: "23505", constraint: "messages_single_first_choice", message: "single_first_choice" });
    // The same program may hear it again, and a message without a claim to another program is fine...
    await getPool().query(INSERT_MESSAGE, [resident.id, winner, cycle2026.id, "INTEREST_UPDATE", true]);
    await getPool().query(INSERT_MESSAGE, [resident.id, third!.id, cycle2026.id, "INTEREST_UPDATE", false]);
    // ...but turning that message into a claim afterwards is refused too (the trigger also runs on UPDATE).
    const update = await rawError(`UPDATE messages SET claims_first_choice = true WHERE resident_id = $1::uuid AND program_id = $2::uuid`, [
      resident.id,
      third!.id,
    ]);
    expect(update).toMatchObject({ code: "23505", constraint: "messages_single_first_choice" });
    expect(await db().message.count({ where: { residentId: resident.id, claimsFirstChoice: true, programId: { not: winner } } })).toBe(0);
  });
});

describe("programs", () => {
  it("checks the NRMP code's format and that its type letter matches the program type", async () => {
    const resident = await createResident();
    actAs(resident.id);
    const bad = await createProgram(programInput({ nrmpCode: "12345" }));
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!bad.ok) expect(bad.fieldErrors?.nrmpCode?.[0]).toMatch(/9 characters/);

    const mismatch = await createProgram(programInput({ nrmpCode: "1234140P0", programType: "CATEGORICAL" }));
    expect(mismatch).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!mismatch.ok) expect(mismatch.fieldErrors?.nrmpCode).toEqual(["The code's type letter is P, but the program type says C. Check one of them."]);
    expect(await db().program.count({ where: { residentId: resident.id } })).toBe(0);

    const { id } = okData(await createProgram(programInput({ nrmpCode: " 1234140p0 ", programType: "PRELIMINARY" })));
    expect((await db().program.findUniqueOrThrow({ where: { id } })).nrmpCode).toBe("1234140P0");

    // The database refuses a malformed code even without the app.
    const raw = await rawError(`UPDATE programs SET nrmp_code = 'ABC' WHERE id = $1::uuid`, [id]);
    expect(raw).toMatchObject({ code: "23514", constraint: "programs_nrmp_code_format" });
  });

  it("a duplicate NRMP code for the same resident is CONFLICT on nrmpCode; another resident may use it", async () => {
    const resident = await createResident();
    actAs(resident.id);
    okData(await createProgram(programInput({ nrmpCode: "2222140C0" })));
    const second = okData(await createProgram(programInput({ nrmpCode: "3333140C0" })));

    const duplicate = await createProgram(programInput({ nrmpCode: "2222140c0" }));
    expect(duplicate).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { nrmpCode: ["You already track a program with this NRMP code."] } });
    const renamed = await updateProgram({ programId: second.id, ...programInput({ nrmpCode: "2222140C0" }) });
    expect(renamed).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { nrmpCode: ["You already track a program with this NRMP code."] } });
    expect((await db().program.findUniqueOrThrow({ where: { id: second.id } })).nrmpCode).toBe("3333140C0");
    expect(await db().program.count({ where: { residentId: resident.id } })).toBe(2);

    const other = await createResident();
    actAs(other.id);
    okData(await createProgram(programInput({ nrmpCode: "2222140C0" })));
    expect(await db().program.count({ where: { nrmpCode: "2222140C0" } })).toBe(2);
  });

  it("importPrograms reports a bad interview_date on line 3 and imports nothing", async () => {
    const resident = await createResident();
    actAs(resident.id);
    const csv = [
      "name,institution,interview_date",
      "Lakeside Internal Medicine,Lakeside Hospital,2025-11-12",
      "Hillcrest Preliminary Medicine,Hillcrest Medical Center,next Tuesday",
      "Northgate Internal Medicine,Northgate University,2025-12-03",
    ].join("\n");
    const report = okData(await importPrograms(csvUpload(csv)));
    expect(report.imported).toBe(0);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.line).toBe(3);
    expect(report.errors[0]!.message).toMatch(/^Line 3: interviewDate/);
    expect(await db().program.count({ where: { residentId: resident.id } })).toBe(0);
  });

  it('importPrograms maps "J-1", "both" and yes/no columns', async () => {
    const resident = await createResident();
    actAs(resident.id);
    const csv = [
      "Name,Institution,NRMP Code,Visa Sponsorship,Participates in Match,IMG Friendly,Post Interview Communication,Status,Interview Date,Specialty",
      "Lakeside Internal Medicine,Lakeside Hospital,4444140C0,J-1,yes,yes,no,Interview offered,2025-11-12,Internal Medicine",
      'Hillcrest Transitional Year,"Hillcrest Medical Center, Main Campus",5555140P0,both,no,no,yes,applied,,',
    ].join("\n");
    const report = okData(await importPrograms(csvUpload(csv)));
    expect(report).toMatchObject({ committed: true, imported: 2, added: 2, updated: 0, errors: [] });
    const rows = await db().program.findMany({ where: { residentId: resident.id }, orderBy: { nrmpCode: "asc" } });
    expect(
      rows.map((r) => ({
        name: r.name,
        institution: r.institution,
        programType: r.programType,
        visa: r.visaSponsorship,
        participates: r.participatesInMatch,
        img: r.imgFriendly,
        post: r.postInterviewCommunication,
        status: r.status,
        interview: r.interviewDate ? toDateOnly(r.interviewDate) : null,
        specialty: r.specialty,
      })),
    ).toEqual([
      {
        name: "Lakeside Internal Medicine",
        institution: "Lakeside Hospital",
        programType: "CATEGORICAL",
        visa: "J1",
        participates: true,
        img: "YES",
        post: "NO",
        status: "INTERVIEW_OFFERED",
        interview: "2025-11-12",
        specialty: "internal-medicine",
      },
      {
        name: "Hillcrest Transitional Year",
        institution: "Hillcrest Medical Center, Main Campus",
        programType: "PRELIMINARY",
        visa: "J1_AND_H1B",
        participates: false,
        img: "NO",
        post: "YES",
        status: "APPLIED",
        interview: null,
        specialty: null,
      },
    ]);
  });
});

describe("SOAP blackout", () => {
  it("blocks contact during Match Week until the program has contacted the resident", async () => {
    const { resident, cycle2026, programs } = await residentWith(1, [{ interviewDate: "2025-12-01", postInterviewCommunication: "YES", status: "APPLIED" }]);
    const program = programs[0]!;
    // Move this resident's Match Week so that "now" falls inside it.
    okData(
      await updateCycle({
        cycleId: cycle2026.id,
        applicationsOpen: "2025-06-04",
        rankListDeadline: "2026-02-25",
        matchWeekMonday: "2026-03-09",
        soapEnd: "2026-03-12",
        matchDay: "2026-03-13",
        trainingStart: "2026-07-01",
      }),
    );
    const now = at("2026-03-10T14:00:00.000Z");
    const input = {
      programId: program.id,
      cycleId: cycle2026.id,
      kind: "OTHER",
      subject: "Preliminary position",
      body: "Dear Dr. Alvarez, I remain very interested in a preliminary medicine position at your program and am available to talk today.",
    };
    const blocked = await recordMessage(input);
    expect(ruleDetail(blocked).blocked).toBe(true);
    expect(rulesOf(blocked)).toEqual(["soap-blackout"]);

    // A contact date outside this Match Week does not lift the blackout.
    okData(await setSoapContact({ programId: program.id, on: "2026-03-02" }));
    expect(rulesOf(await recordMessage(input))).toEqual(["soap-blackout"]);
    expect(await messagesOf(resident.id)).toEqual([]);

    okData(await setSoapContact({ programId: program.id, on: toDateOnly(now) }));
    const { id } = okData(await recordMessage(input));
    expect(await messagesOf(resident.id)).toEqual([expect.objectContaining({ id, kind: "OTHER", sentAt: now })]);
  });
});

describe("editable calendars", () => {
  const valid = {
    applicationsOpen: "2025-06-02",
    rankListDeadline: "2026-03-03",
    matchWeekMonday: "2026-03-16",
    soapEnd: "2026-03-19",
    matchDay: "2026-03-20",
    trainingStart: "2026-06-30",
  };

  it("updateCycle refuses dates out of order with a field error and accepts a valid edit", async () => {
    const { cycle2026 } = await residentWith(0);
    const before = await db().matchCycle.findUniqueOrThrow({ where: { id: cycle2026.id } });

    const outOfOrder = await updateCycle({ cycleId: cycle2026.id, ...valid, rankListDeadline: "2025-05-01" });
    expect(outOfOrder).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { rankListDeadline: ["This date must come after the one above it."] } });
    expect(await db().matchCycle.findUniqueOrThrow({ where: { id: cycle2026.id } })).toEqual(before);

    const saved = await updateCycle({ cycleId: cycle2026.id, ...valid });
    expect(saved).toMatchObject({ ok: true, message: "Calendar saved." });
    const after = await db().matchCycle.findUniqueOrThrow({ where: { id: cycle2026.id } });
    expect({
      applicationsOpen: toDateOnly(after.applicationsOpen),
      rankListDeadline: toDateOnly(after.rankListDeadline),
      matchWeekMonday: toDateOnly(after.matchWeekMonday),
      soapEnd: toDateOnly(after.soapEnd),
      matchDay: toDateOnly(after.matchDay),
      trainingStart: toDateOnly(after.trainingStart),
    }).toEqual(valid);
    expect(after.name).toBe("2026 Match");
  });

  // The form accepts two equal dates, but the table's check wants the rank list deadline strictly before Match
  // Week (and applications open strictly before the deadline, Match Day strictly before training starts).
  it.each([
    { field: "rankListDeadline", edit: { rankListDeadline: "2026-03-16" } },
    { field: "matchWeekMonday", edit: { matchWeekMonday: "2026-03-03" } },
    { field: "trainingStart", edit: { trainingStart: "2026-03-20" } },
  ])("updateCycle with two equal dates ($field) is a VALIDATION field error, not a server failure", async ({ edit }) => {
    const { cycle2026 } = await residentWith(0);
    const before = await db().matchCycle.findUniqueOrThrow({ where: { id: cycle2026.id } });
    const result = await updateCycle({ cycleId: cycle2026.id, ...valid, ...edit });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).not.toEqual([]);
    expect(await db().matchCycle.findUniqueOrThrow({ where: { id: cycle2026.id } })).toEqual(before);
  });

  it("the loi-timing warning follows the edited rank list deadline", async () => {
    const { resident, cycle2026, programs } = await residentWith(1);
    const now = at("2026-01-20T15:00:00.000Z");
    const input = { programId: programs[0]!.id, cycleId: cycle2026.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI_BODY };

    // Deadline moved to March 2027: January 2026 is outside that cycle's letter-of-intent window.
    okData(
      await updateCycle({
        cycleId: cycle2026.id,
        applicationsOpen: "2026-06-03",
        rankListDeadline: "2027-03-03",
        matchWeekMonday: "2027-03-15",
        soapEnd: "2027-03-18",
        matchDay: "2027-03-19",
        trainingStart: "2027-07-01",
      }),
    );
    const warned = await recordMessage(input);
    expect(ruleDetail(warned).blocked).toBe(false);
    const findings = ruleDetail(warned).findings;
    expect(findings.map((f) => f.rule)).toEqual(["loi-timing"]);
    expect(findings[0]!.message).toContain("February 15, 2027");
    expect(await messagesOf(resident.id)).toEqual([]);

    // Back to a March 2026 deadline: the same letter on the same day needs no confirmation.
    okData(await updateCycle({ cycleId: cycle2026.id, ...valid, applicationsOpen: "2025-06-04", rankListDeadline: "2026-03-04" }));
    const { id } = okData(await recordMessage(input));
    expect(await messagesOf(resident.id)).toEqual([expect.objectContaining({ id, kind: "LETTER_OF_INTENT", confirmedWarnings: [], sentAt: now })]);
  });
});

describe("programs list: a page at a time", () => {
  it("shows 50 programs per page by name, each once, and pages what the filters keep", async () => {
    const resident = await createResident();
    // 104 programs, two of each name, so the order between namesakes is settled by id and no program is on two pages.
    for (let i = 0; i < 104; i++) {
      await createProgramRow(
        { residentId: resident.id },
        {
          name: `${i % 52 < 26 ? "Keep" : "Other"} ${String(i % 52).padStart(2, "0")} Internal Medicine`,
        },
      );
    }
    const viewer = viewerOf(resident);
    const pages = await Promise.all([1, 2, 3].map((page) => listPrograms(viewer, { page })));
    expect(pages.map((p) => p.programs.length)).toEqual([50, 50, 4]);
    expect(pages[0]).toMatchObject({ page: 1, pageCount: 3, matching: 104, total: 104, from: 1, to: 50 });
    expect(pages[2]).toMatchObject({ page: 3, from: 101, to: 104 });
    const ids = pages.flatMap((p) => p.programs.map((x) => x.id));
    expect(new Set(ids).size).toBe(104);
    const names = pages.flatMap((p) => p.programs.map((x) => x.name));
    expect(names).toEqual([...names].sort());
    expect((await listPrograms(viewer, { page: 7 })).programs.map((p) => p.id)).toEqual(pages[2]!.programs.map((p) => p.id));
    const kept = await listPrograms(viewer, { q: "keep", page: 2 });
    expect(kept).toMatchObject({ page: 2, pageCount: 2, matching: 52, total: 104, from: 51, to: 52 });
  });
});
