// Issue 14 against real PostgreSQL: the gated send records what leaves (PENDING until the resident answers), a block
// writes only the draft's findings and an audit entry, "I didn't send it" releases the cycle-wide claims in the
// database, drafts are one per program and kind, the app's own email goes through SMTP with the resident as Reply-To
// and in copy, the interview-season tasks read what was sent and dismissed, and the rank worksheet and overstep
// records stay the resident's own (advisors see oversteps under the programs scope, never the worksheet).
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { answerMessage } from "@/lib/actions/messages/answer-message";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { saveDraft } from "@/lib/actions/messages/save-draft";
import { saveRankOrder } from "@/lib/actions/messages/save-rank-order";
import { createProgram } from "@/lib/actions/programs/create-program";
import { deleteOverstep } from "@/lib/actions/programs/delete-overstep";
import { dismissSeasonTask } from "@/lib/actions/programs/dismiss-season-task";
import { recordOverstep } from "@/lib/actions/programs/record-overstep";
import { saveImpressions } from "@/lib/actions/programs/save-impressions";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ResidentViewer, Viewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { getPool } from "@/lib/db/pool";
import { ADVISOR_SCOPES } from "@/lib/rules/advisor-scopes";
import type { Finding } from "@/lib/rules/message-rules";
import { getAdvisedLoi } from "@/lib/server/advisors/get-advised-loi";
import { getAdvisedPrograms } from "@/lib/server/advisors/get-advised-programs";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { getRankWorksheet } from "@/lib/server/messages/rank-worksheet";
import { listSeasonTasks } from "@/lib/server/season/list-season-tasks";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });
const advisorViewer = (u: User): Viewer => ({ userId: u.id, email: u.email, name: u.name, role: "ADVISOR", residentId: null });

function at(iso: string): Date {
  testRequest.cookies.set(TEST_CLOCK_COOKIE, iso);
  return new Date(iso);
}
beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  at("2027-01-20T15:00:00.000Z");
});

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok)
    throw new Error(
      `expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})} ${JSON.stringify(result.detail ?? {})}`,
    );
  return result.data;
}
const findingsOf = (result: ActionResult<unknown>) => {
  if (result.ok || result.code !== "RULE_VIOLATION") throw new Error(`expected RULE_VIOLATION, got ${JSON.stringify(result)}`);
  return (result.detail as { findings: Finding[] }).findings;
};

let counter = 0;
async function residentWith(n: number, overrides: Record<string, unknown> = {}) {
  const resident = await createResident();
  actAs(resident.id);
  const cycle = (await ensureCycles(viewerOf(resident))).find((c) => c.name === "2027 Match")!;
  const programs: { id: string; name: string }[] = [];
  for (let i = 0; i < n; i++) {
    counter += 1;
    const input = {
      name: `Gate Program ${counter}`,
      institution: `Gate Hospital ${counter}`,
      programType: "CATEGORICAL",
      participatesInMatch: true,
      postInterviewCommunication: "YES",
      status: "INTERVIEWED",
      interviewDate: "2027-01-08",
      ...overrides,
    };
    programs.push({ id: okData(await createProgram(input)).id, name: input.name });
  }
  return { resident, viewer: viewerOf(resident), cycle, programs };
}

const LOI = (name: string) => `Dear Dr. Reyes, ${name} is my first choice and I intend to rank it first. Since my interview I presented our sepsis audit.`;
const messagesOf = (residentId: string) => db().message.findMany({ where: { residentId }, orderBy: { createdAt: "asc" } });

describe("the gated send", () => {
  it("a pass records the message as PENDING with its channel, returns the text, and a mailto link only for the mail app", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    const draft = okData(
      await saveDraft({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "INTEREST_UPDATE",
        subject: "Update",
        body: "Dear Dr. Reyes, our audit became a poster.",
      }),
    );
    const mail = okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "INTEREST_UPDATE",
        subject: "Update",
        body: "Dear Dr. Reyes, our audit became a poster.",
        channel: "MAIL_APP",
        draftId: draft.id,
      }),
    );
    expect(mail).toMatchObject({ status: "PENDING", channel: "MAIL_APP", subject: "Update" });
    expect(mail.mailto).toBe(`mailto:?subject=Update&body=${encodeURIComponent("Dear Dr. Reyes, our audit became a poster.")}`);
    const [stored] = await messagesOf(resident.id);
    expect(stored).toMatchObject({ id: mail.id, status: "PENDING", channel: "MAIL_APP", draftId: draft.id, answeredAt: null });

    at("2027-01-30T15:00:00.000Z");
    const copy = okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "OTHER",
        subject: "A question",
        body: "Dear Dr. Reyes, is the ICU month in the first half of the year?",
        channel: "COPY",
      }),
    );
    expect(copy).toMatchObject({ status: "PENDING", channel: "COPY", mailto: null });
  });

  it("a block returns no text and no link, writes no message, keeps the draft with its findings and audits the draft id", async () => {
    const { resident, cycle, programs } = await residentWith(2);
    okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "LETTER_OF_INTENT",
        subject: "Letter of intent",
        body: LOI(programs[0]!.name),
      }),
    );
    const body = LOI(programs[1]!.name);
    const draft = okData(await saveDraft({ programId: programs[1]!.id, cycleId: cycle.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body }));
    expect(draft.blocked).toBe(true);
    expect(draft.findings.map((f) => f.rule)).toEqual(["one-letter-of-intent", "single-first-choice"]);
    const before = await messagesOf(resident.id);
    const result = await recordMessage({
      programId: programs[1]!.id,
      cycleId: cycle.id,
      kind: "LETTER_OF_INTENT",
      subject: "Letter of intent",
      body,
      channel: "COPY",
      draftId: draft.id,
    });
    expect(
      findingsOf(result)
        .filter((f) => f.severity === "block")
        .map((f) => f.rule),
    ).toEqual(["one-letter-of-intent", "single-first-choice"]);
    // The refusal echoes the form's own values back (nothing typed is lost), but produces nothing to send.
    expect(result).not.toHaveProperty("data");
    expect(JSON.stringify({ message: result.ok ? null : result.message, detail: result.ok ? null : result.detail })).not.toMatch(/mailto:|sepsis audit/);
    expect(await messagesOf(resident.id)).toEqual(before);
    const stored = await db().messageDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored).toMatchObject({ body, blocked: true });
    const event = await db().auditEvent.findFirstOrThrow({ where: { subjectUserId: resident.id, action: "message.blocked" } });
    expect(event.detail).toEqual({
      rules: ["one-letter-of-intent", "single-first-choice"],
      programId: programs[1]!.id,
      kind: "LETTER_OF_INTENT",
      draftId: draft.id,
    });
  });

  it("warnings need a confirmation that is stored with the message", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    at("2027-01-20T15:00:00.000Z");
    const input = {
      programId: programs[0]!.id,
      cycleId: cycle.id,
      kind: "THANK_YOU",
      subject: "Thank you",
      body: "Dear Dr. Reyes, thank you for the interview day.",
      channel: "MAIL_APP",
    };
    expect(findingsOf(await recordMessage(input)).map((f) => [f.rule, f.severity])).toEqual([["late-thank-you", "warn"]]);
    expect(await messagesOf(resident.id)).toEqual([]);
    okData(await recordMessage({ ...input, confirmWarnings: ["late-thank-you"] }));
    expect((await messagesOf(resident.id)).map((m) => m.confirmedWarnings)).toEqual([["late-thank-you"]]);
  });

  it("two gates racing letters of intent to two programs: exactly one passes, and the database holds one claim", async () => {
    const { resident, cycle, programs } = await residentWith(2);
    await Promise.all(Array.from({ length: 4 }, () => db().$executeRaw`SELECT pg_sleep(0.05)`));
    const results = await Promise.all(
      programs.map((p) =>
        recordMessage({ programId: p.id, cycleId: cycle.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI(p.name), channel: "MAIL_APP" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(findingsOf(results.find((r) => !r.ok)!).map((f) => f.rule)).toContain("one-letter-of-intent");
    expect(await db().message.count({ where: { residentId: resident.id, kind: "LETTER_OF_INTENT" } })).toBe(1);
    expect(await db().firstChoiceClaim.count({ where: { residentId: resident.id } })).toBe(1);
  });
});

describe("did you send it?", () => {
  it("I sent it: the message is SENT, its draft is gone, and the answer cannot change", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    const draft = okData(
      await saveDraft({ programId: programs[0]!.id, cycleId: cycle.id, kind: "INTEREST_UPDATE", subject: "Update", body: "Dear Dr. Reyes, an update." }),
    );
    const { id } = okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "INTEREST_UPDATE",
        subject: "Update",
        body: "Dear Dr. Reyes, an update.",
        draftId: draft.id,
      }),
    );
    const now = at("2027-01-20T15:05:00.000Z");
    expect(okData(await answerMessage({ messageId: id, sent: true }))).toEqual({ programId: programs[0]!.id, status: "SENT" });
    expect(await db().message.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", answeredAt: now, draftId: null });
    expect(await db().messageDraft.count({ where: { residentId: resident.id } })).toBe(0);
    expect(await answerMessage({ messageId: id, sent: false })).toMatchObject({ ok: false, code: "CONFLICT" });
    // The database refuses to unsettle an answered message, whatever the app does.
    const error = await getPool()
      .query(`UPDATE messages SET status = 'PENDING' WHERE id = $1::uuid`, [id])
      .then(
        () => null,
        (e: unknown) => e as { code?: string; constraint?: string },
      );
    expect(error).toMatchObject({ code: "23514", constraint: "messages_status_settled" });
  });

  it("I didn't send it: the letter of intent and the first-choice claim are released, the draft stays, and another program can get the letter", async () => {
    const { resident, cycle, programs } = await residentWith(2);
    const draft = okData(
      await saveDraft({ programId: programs[0]!.id, cycleId: cycle.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI(programs[0]!.name) }),
    );
    const first = okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "LETTER_OF_INTENT",
        subject: "Letter of intent",
        body: LOI(programs[0]!.name),
        draftId: draft.id,
      }),
    );
    expect(await db().firstChoiceClaim.findMany({ where: { residentId: resident.id } })).toEqual([expect.objectContaining({ programId: programs[0]!.id })]);
    okData(await answerMessage({ messageId: first.id, sent: false }));
    expect(await db().message.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "NOT_SENT" });
    expect(await db().firstChoiceClaim.count({ where: { residentId: resident.id } })).toBe(0);
    expect(await db().messageDraft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ kind: "LETTER_OF_INTENT" });
    const second = okData(
      await recordMessage({
        programId: programs[1]!.id,
        cycleId: cycle.id,
        kind: "LETTER_OF_INTENT",
        subject: "Letter of intent",
        body: LOI(programs[1]!.name),
      }),
    );
    okData(await answerMessage({ messageId: second.id, sent: true }));
    expect(await db().firstChoiceClaim.findMany({ where: { residentId: resident.id } })).toEqual([expect.objectContaining({ programId: programs[1]!.id })]);
  });

  it("another resident's message is NOT_FOUND and stays PENDING", async () => {
    const { cycle, programs } = await residentWith(1);
    const { id } = okData(
      await recordMessage({ programId: programs[0]!.id, cycleId: cycle.id, kind: "INTEREST_UPDATE", subject: "Update", body: "Dear Dr. Reyes, an update." }),
    );
    actAs((await createResident()).id);
    expect(await answerMessage({ messageId: id, sent: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().message.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("drafts", () => {
  it("are one per program and kind: autosave updates the same row, a change of kind moves it, and a taken kind is a CONFLICT that keeps the text", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    const base = { programId: programs[0]!.id, cycleId: cycle.id, subject: "Hello", body: "" };
    const a = okData(await saveDraft({ ...base, kind: "THANK_YOU" }));
    // Interviewed twelve days ago: a thank-you now only warns that it is late.
    expect(a).toMatchObject({ findings: [expect.objectContaining({ rule: "late-thank-you", severity: "warn" })], blocked: false });
    const b = okData(await saveDraft({ ...base, kind: "THANK_YOU", body: "Dear Dr. Reyes, thank you." }));
    expect(b.id).toBe(a.id);
    const moved = okData(await saveDraft({ ...base, draftId: a.id, kind: "INTEREST_UPDATE", body: "Dear Dr. Reyes, an update." }));
    expect(moved.id).toBe(a.id);
    okData(await saveDraft({ ...base, kind: "FINAL_NOTE", body: "Dear Dr. Reyes, a last note." }));
    const clash = await saveDraft({ ...base, draftId: a.id, kind: "FINAL_NOTE", body: "Text that must not be lost." });
    expect(clash).toMatchObject({ ok: false, code: "CONFLICT", values: { body: "Text that must not be lost." } });
    expect((await db().messageDraft.findMany({ where: { residentId: resident.id }, orderBy: { kind: "asc" } })).map((d) => [d.kind, d.body])).toEqual([
      ["INTEREST_UPDATE", "Dear Dr. Reyes, an update."],
      ["FINAL_NOTE", "Dear Dr. Reyes, a last note."],
    ]);
  });
});

describe("sending from Prelim Scout", () => {
  let server: SMTPServer;
  const received: { from: string; to: string[]; data: string }[] = [];
  let failNext = false;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
        stream.on("end", () => {
          if (failNext) {
            failNext = false;
            callback(new Error("mailbox unavailable"));
            return;
          }
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
  });

  it("sends to the program with the resident as Reply-To and in copy, and records it as SENT from the app", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    const draft = okData(
      await saveDraft({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "INTEREST_UPDATE",
        subject: "An update",
        body: "Dear Dr. Reyes, our audit became a poster.",
      }),
    );
    const sent = okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "INTEREST_UPDATE",
        subject: "An update",
        body: "Dear Dr. Reyes, our audit became a poster.",
        channel: "APP_EMAIL",
        recipient: "PD.Office@Gate.example.org",
        draftId: draft.id,
      }),
    );
    expect(sent).toMatchObject({ status: "SENT", channel: "APP_EMAIL", mailto: null });
    expect(await db().message.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      status: "SENT",
      channel: "APP_EMAIL",
      recipient: "pd.office@gate.example.org",
    });
    expect(await db().messageDraft.count({ where: { residentId: resident.id } })).toBe(0);
    const mail = received.at(-1)!;
    expect(mail.to.sort()).toEqual(["pd.office@gate.example.org", resident.email].sort());
    expect(mail.data).toMatch(new RegExp(`^Reply-To: ${resident.email.replace(/[.]/g, "\\.")}`, "mi"));
    expect(mail.data).toMatch(new RegExp(`^Cc: ${resident.email.replace(/[.]/g, "\\.")}`, "mi"));
    expect(mail.data).toContain("our audit became a poster");
  });

  it("a refusal by the mail server sends nothing, leaves the message NOT_SENT (releasing its claims) and the draft in place", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    failNext = true;
    const result = await recordMessage({
      programId: programs[0]!.id,
      cycleId: cycle.id,
      kind: "LETTER_OF_INTENT",
      subject: "Letter of intent",
      body: LOI(programs[0]!.name),
      channel: "APP_EMAIL",
      recipient: "pd@gate.example.org",
    });
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect((await messagesOf(resident.id)).map((m) => m.status)).toEqual(["NOT_SENT"]);
    expect(await db().firstChoiceClaim.count({ where: { residentId: resident.id } })).toBe(0);
  });

  it("is refused without an address, and without SMTP", async () => {
    const { cycle, programs } = await residentWith(1);
    const input = {
      programId: programs[0]!.id,
      cycleId: cycle.id,
      kind: "INTEREST_UPDATE",
      subject: "Update",
      body: "Dear Dr. Reyes, an update.",
      channel: "APP_EMAIL",
    };
    expect(await recordMessage(input)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { recipient: ["Enter the program's email address to send from Prelim Scout."] },
    });
    vi.stubEnv("SMTP_URL", "");
    expect(await recordMessage({ ...input, recipient: "pd@gate.example.org" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("interview-season tasks read what was sent and dismissed", () => {
  it("an interview yesterday gives a thank-you task; sending closes it, and a dismissal closes the impressions task", async () => {
    const { viewer, cycle, programs } = await residentWith(1, { interviewDate: "2026-11-17" });
    const now = at("2026-11-18T15:00:00.000Z");
    const kinds = async () => (await listSeasonTasks(viewer, now)).map((t) => [t.kind, t.title]);
    expect(await kinds()).toEqual([
      ["IMPRESSIONS", `Write down your impressions of ${programs[0]!.name}`],
      ["THANK_YOU", `Send a thank-you to ${programs[0]!.name} (due Thu 19 Nov 2026)`],
    ]);
    const { id } = okData(
      await recordMessage({
        programId: programs[0]!.id,
        cycleId: cycle.id,
        kind: "THANK_YOU",
        subject: "Thank you",
        body: "Dear Dr. Reyes, thank you for yesterday.",
      }),
    );
    okData(await answerMessage({ messageId: id, sent: true }));
    okData(await dismissSeasonTask({ programId: programs[0]!.id, kind: "IMPRESSIONS", interviewDate: "2026-11-17" }));
    okData(await dismissSeasonTask({ programId: programs[0]!.id, kind: "IMPRESSIONS", interviewDate: "2026-11-17" }));
    expect(await kinds()).toEqual([]);
  });
});

describe("the rank worksheet", () => {
  it("orders the programs, shows notes and what was said, and checks the one first choice against the order", async () => {
    const { resident, viewer, cycle, programs } = await residentWith(3);
    const [a, b, c] = programs as [{ id: string; name: string }, { id: string; name: string }, { id: string; name: string }];
    okData(await saveImpressions({ programId: b.id, liked: "The ambulatory block.", concerns: "Long commute." }));
    expect((await getRankWorksheet(viewer, cycle.id)).firstChoice).toEqual({ state: "none", program: null, top: null });

    okData(await saveRankOrder({ cycleId: cycle.id, programIds: [b.id, a.id] }));
    let w = await getRankWorksheet(viewer, cycle.id);
    expect(w.rows.map((r) => [r.name, r.position])).toEqual([
      [b.name, 1],
      [a.name, 2],
      [c.name, null],
    ]);
    expect(w.rows[0]!.impression).toMatchObject({ liked: "The ambulatory block.", concerns: "Long commute." });

    const { id } = okData(
      await recordMessage({ programId: a.id, cycleId: cycle.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI(a.name) }),
    );
    w = await getRankWorksheet(viewer, cycle.id);
    expect(w.firstChoice).toEqual({ state: "mismatch", program: { id: a.id, name: a.name }, top: { id: b.id, name: b.name } });
    expect(w.rows.find((r) => r.id === a.id)).toMatchObject({
      firstChoiceClaim: true,
      letterOfIntent: { kind: "LETTER_OF_INTENT" },
      lastContact: { kind: "LETTER_OF_INTENT", pending: true },
    });

    okData(await saveRankOrder({ cycleId: cycle.id, programIds: [a.id, b.id, c.id] }));
    expect((await getRankWorksheet(viewer, cycle.id)).firstChoice).toMatchObject({ state: "consistent", program: { id: a.id } });
    okData(await answerMessage({ messageId: id, sent: false }));
    expect((await getRankWorksheet(viewer, cycle.id)).rows[0]).toMatchObject({ firstChoiceClaim: false, letterOfIntent: null, lastContact: null });
    expect(await db().rankEntry.count({ where: { residentId: resident.id } })).toBe(3);
  });

  it("refuses duplicates and other residents' programs, and changes nothing then", async () => {
    const { resident, cycle, programs } = await residentWith(1);
    okData(await saveRankOrder({ cycleId: cycle.id, programIds: [programs[0]!.id] }));
    const before = await db().rankEntry.findMany({ where: { residentId: resident.id } });
    expect(await saveRankOrder({ cycleId: cycle.id, programIds: [programs[0]!.id, programs[0]!.id] })).toMatchObject({ ok: false, code: "VALIDATION" });
    const other = await residentWith(1);
    actAs(resident.id);
    expect(await saveRankOrder({ cycleId: cycle.id, programIds: [other.programs[0]!.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(other.resident.id);
    expect(await saveRankOrder({ cycleId: cycle.id, programIds: [other.programs[0]!.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().rankEntry.findMany({ where: { residentId: resident.id } })).toEqual(before);
    const error = await getPool()
      .query(`INSERT INTO rank_entries (resident_id, cycle_id, program_id, position) VALUES ($1::uuid, $2::uuid, $3::uuid, 1)`, [
        resident.id,
        cycle.id,
        programs[0]!.id,
      ])
      .then(
        () => null,
        (e: unknown) => e as { code?: string },
      );
    expect(error).toMatchObject({ code: "23505" });
  });
});

describe("oversteps and advisor scopes", () => {
  const SAID = "If you rank us first, we will make sure you match here.";
  const NOTES = "Private: I felt pressured and did not answer.";

  async function world() {
    const { resident, viewer, cycle, programs } = await residentWith(1);
    const overstepId = okData(
      await recordOverstep({ programId: programs[0]!.id, occurredOn: "2027-01-18", kind: "OFFERED_COMMITMENT", said: SAID, who: "Dr. Reyes", notes: NOTES }),
    ).id;
    okData(await saveImpressions({ programId: programs[0]!.id, liked: "Private impression of the ward rounds." }));
    okData(await saveRankOrder({ cycleId: cycle.id, programIds: [programs[0]!.id] }));
    const grant = async (scopes: string[], extra: { revokedAt?: Date; expiresAt?: Date } = {}) => {
      const advisor = await createAdvisor();
      await db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes, ...extra } });
      return advisorViewer(advisor);
    };
    return { resident, viewer, programs, overstepId, grant };
  }

  it("records the contact, quoted; refuses a date in the future; only the resident deletes it", async () => {
    const { resident, programs, overstepId } = await world();
    expect(await db().programOverstep.findMany({ where: { residentId: resident.id } })).toEqual([
      expect.objectContaining({
        id: overstepId,
        kind: "OFFERED_COMMITMENT",
        said: SAID,
        who: "Dr. Reyes",
        notes: NOTES,
        occurredOn: new Date("2027-01-18T00:00:00Z"),
      }),
    ]);
    expect(
      await recordOverstep({ programId: programs[0]!.id, occurredOn: "2027-02-01", kind: "ASKED_RANKING", said: "Where will you rank us?" }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { occurredOn: ["Enter the day it happened; it cannot be in the future."] },
    });
    expect(await recordOverstep({ programId: programs[0]!.id, occurredOn: "2027-01-19", kind: "ASKED_RANKING", said: "   " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    actAs((await createResident()).id);
    expect(await deleteOverstep({ overstepId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(resident.id);
    okData(await deleteOverstep({ overstepId }));
    expect(await db().programOverstep.count({ where: { residentId: resident.id } })).toBe(0);
  });

  it("an advisor with the programs scope sees the overstep (date, kind, quote, who), never its notes, the impressions or the worksheet", async () => {
    const { resident, programs, grant } = await world();
    const advisor = await grant(["programs"]);
    const view = await getAdvisedPrograms(advisor, resident.id, new Date("2027-01-20T15:00:00Z"));
    expect(view.programs.find((p) => p.id === programs[0]!.id)!.oversteps).toEqual([
      { id: expect.any(String), occurredOn: new Date("2027-01-18T00:00:00Z"), kind: "OFFERED_COMMITMENT", said: SAID, who: "Dr. Reyes" },
    ]);
    const text = JSON.stringify(view);
    expect(text).not.toContain(NOTES);
    expect(text).not.toContain("Private impression");
    expect(text).not.toContain("position");
  });

  const grants: [string, string[], { revokedAt?: Date; expiresAt?: Date }][] = [
    ["letter-of-intent status only", ["loi_status"], {}],
    ["a revoked grant", [...ADVISOR_SCOPES], { revokedAt: new Date("2027-01-19T00:00:00Z") }],
    ["an expired grant", [...ADVISOR_SCOPES], { expiresAt: new Date("2027-01-19T00:00:00Z") }],
  ];
  it.each(grants)("an advisor with %s does not see it", async (_name, scopes, extra) => {
    const { resident, grant } = await world();
    const advisor = await grant(scopes, extra);
    const now = new Date("2027-01-20T15:00:00Z");
    await expect(getAdvisedPrograms(advisor, resident.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    if (!extra.revokedAt && !extra.expiresAt) expect(JSON.stringify(await getAdvisedLoi(advisor, resident.id, now))).not.toContain(SAID);
  });

  it("an advisor cannot write to the worksheet, the impressions or the oversteps", async () => {
    const { resident, programs, overstepId, grant } = await world();
    const advisor = await grant([...ADVISOR_SCOPES]);
    actAs(advisor.userId);
    const cycleId = (await db().matchCycle.findFirstOrThrow({ where: { residentId: resident.id, name: "2027 Match" } })).id;
    for (const result of [
      await saveRankOrder({ cycleId, programIds: [] }),
      await saveImpressions({ programId: programs[0]!.id, liked: "Advisor's words." }),
      await recordOverstep({ programId: programs[0]!.id, occurredOn: "2027-01-19", kind: "ASKED_RANKING", said: "Advisor's words." }),
      await deleteOverstep({ overstepId }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().rankEntry.count({ where: { residentId: resident.id } })).toBe(1);
    expect(await db().programOverstep.count({ where: { residentId: resident.id } })).toBe(1);
  });
});
