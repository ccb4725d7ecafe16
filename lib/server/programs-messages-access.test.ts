// Who may touch a resident's programs, match cycles and messages: every action under lib/actions/programs and
// lib/actions/messages, called by another resident, an advisor, a user without a role, a resident who has not
// finished onboarding, and nobody. A record the caller may not see is "not found" and nothing of the owner's
// changes. The reads (getProgram, listPrograms, getCycleOverview, listBlockedAttempts, getComposeData) never
// return the owner's data to anyone else. Behaviour: programs-messages.test.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { answerMessage } from "@/lib/actions/messages/answer-message";
import { deleteDraft } from "@/lib/actions/messages/delete-draft";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { saveDraft } from "@/lib/actions/messages/save-draft";
import { saveRankOrder } from "@/lib/actions/messages/save-rank-order";
import { deleteOverstep } from "@/lib/actions/programs/delete-overstep";
import { dismissSeasonTask } from "@/lib/actions/programs/dismiss-season-task";
import { recordOverstep } from "@/lib/actions/programs/record-overstep";
import { saveImpressions } from "@/lib/actions/programs/save-impressions";
import { createProgram } from "@/lib/actions/programs/create-program";
import { deleteProgram } from "@/lib/actions/programs/delete-program";
import { importPrograms } from "@/lib/actions/programs/import-programs";
import { setSoapContact } from "@/lib/actions/programs/set-soap-contact";
import { updateCycle } from "@/lib/actions/programs/update-cycle";
import { updateProgram } from "@/lib/actions/programs/update-program";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { getComposeData } from "@/lib/server/messages/get-compose-data";
import { getCycleOverview } from "@/lib/server/messages/get-cycle-overview";
import { listBlockedAttempts } from "@/lib/server/messages/list-blocked-attempts";
import { getProgram } from "@/lib/server/programs/get-program";
import { listPrograms } from "@/lib/server/programs/list-programs";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident, createUser, csvUpload } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

// Inside the 2026 Match's letter-of-intent window (January 1 to February 15, 2026).
const NOW = "2026-01-20T15:00:00.000Z";

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

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

/** Everything of a resident's that these actions can touch, ordered, so two snapshots compare with toEqual. */
async function residentRows(residentId: string) {
  const [programs, cycles, messages, claims, audit, drafts, impressions, rankEntries, dismissals, oversteps] = await Promise.all([
    db().program.findMany({ where: { residentId }, orderBy: { id: "asc" } }),
    db().matchCycle.findMany({ where: { residentId }, orderBy: { id: "asc" } }),
    db().message.findMany({ where: { residentId }, orderBy: { id: "asc" } }),
    db().firstChoiceClaim.findMany({ where: { residentId }, orderBy: { cycleId: "asc" } }),
    db().auditEvent.findMany({ where: { subjectUserId: residentId }, orderBy: { id: "asc" } }),
    db().messageDraft.findMany({ where: { residentId }, orderBy: { id: "asc" } }),
    db().programImpression.findMany({ where: { residentId }, orderBy: { programId: "asc" } }),
    db().rankEntry.findMany({ where: { residentId }, orderBy: { position: "asc" } }),
    db().seasonTaskDismissal.findMany({ where: { residentId }, orderBy: { programId: "asc" } }),
    db().programOverstep.findMany({ where: { residentId }, orderBy: { id: "asc" } }),
  ]);
  return { programs, cycles, messages, claims, audit, drafts, impressions, rankEntries, dismissals, oversteps };
}

/** Row counts across all residents: a refused call must not write anywhere, not even for the caller. */
async function tableCounts() {
  const [programs, cycles, messages, claims, audit, drafts, impressions, rankEntries, dismissals, oversteps] = await Promise.all([
    db().program.count(),
    db().matchCycle.count(),
    db().message.count(),
    db().firstChoiceClaim.count(),
    db().auditEvent.count(),
    db().messageDraft.count(),
    db().programImpression.count(),
    db().rankEntry.count(),
    db().seasonTaskDismissal.count(),
    db().programOverstep.count(),
  ]);
  return { programs, cycles, messages, claims, audit, drafts, impressions, rankEntries, dismissals, oversteps };
}

type Ids = { programId: string; loiProgramId: string; cycleId: string; otherCycleId: string; draftId: string; messageId: string; overstepId: string };

let residentA: User;
let residentB: User;
let ids: Ids;
let bProgramId: string;
let bCycleId: string;
const aProgramNames: string[] = [];
const aCodes = ["1234140C0", "7654321C1"];

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW);
  residentA = await createResident();
  residentB = await createResident();

  actAs(residentA.id);
  const first = programInput({ nrmpCode: aCodes[0] });
  const second = programInput({ nrmpCode: aCodes[1] });
  aProgramNames.push(first.name, second.name);
  const programId = okData(await createProgram(first)).id;
  const loiProgramId = okData(await createProgram(second)).id;
  const cycles = await ensureCycles(viewerOf(residentA));
  const cycle = cycles.find((c) => c.name === "2026 Match")!;
  const other = cycles.find((c) => c.name === "2027 Match")!;
  const loi = okData(
    await recordMessage({
      programId: loiProgramId,
      cycleId: cycle.id,
      kind: "LETTER_OF_INTENT",
      subject: "Letter of intent",
      body: "Dear Dr. Ramos, your program is my first choice. Since my interview I presented our sepsis audit at grand rounds.",
    }),
  );
  const draftId = okData(
    await saveDraft({ programId, cycleId: cycle.id, kind: "THANK_YOU", subject: "Thank you", body: "Dear Dr. Ramos, thank you for the interview day." }),
  ).id;
  const overstepId = okData(await recordOverstep({ programId, occurredOn: "2026-01-10", kind: "ASKED_RANKING", said: "Where are you going to rank us?" })).id;
  okData(await saveImpressions({ programId, liked: "The clinic curriculum." }));
  okData(await saveRankOrder({ cycleId: cycle.id, programIds: [loiProgramId, programId] }));
  ids = { programId, loiProgramId, cycleId: cycle.id, otherCycleId: other.id, draftId, messageId: loi.id, overstepId };
  // A blocked attempt, so A has something in the blocked-attempts history.
  const blocked = await recordMessage({ programId, cycleId: cycle.id, kind: "INTEREST_UPDATE", subject: "Update", body: "Where will I be on your rank list?" });
  expect(blocked).toMatchObject({ ok: false, code: "RULE_VIOLATION" });

  actAs(residentB.id);
  bProgramId = okData(
    await createProgram(programInput({ name: `Bayside Preliminary Medicine ${faker.string.alpha(6)}`, programType: "PRELIMINARY", nrmpCode: "1111111P0" })),
  ).id;
  bCycleId = (await ensureCycles(viewerOf(residentB))).find((c) => c.name === "2026 Match")!.id;
  actAs(null);
});

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW);
});

const cycleEdit = (cycleId: string) => ({
  cycleId,
  applicationsOpen: "2025-06-01",
  rankListDeadline: "2026-02-20",
  matchWeekMonday: "2026-03-09",
  soapEnd: "2026-03-12",
  matchDay: "2026-03-13",
  trainingStart: "2026-06-24",
});

// One row per action. "record": the call names one of A's records and must be refused as NOT_FOUND.
// "own": the action names no record, so another resident's call acts in their own rows only.
// A new action file under lib/actions/programs or lib/actions/messages fails the coverage test until it is added.
const ACTIONS: Record<string, { scope: "record" | "own"; call: (ids: Ids) => Promise<ActionResult<unknown>> }> = {
  createProgram: { scope: "own", call: () => createProgram(programInput({ nrmpCode: aCodes[0] })) },
  importPrograms: {
    scope: "own",
    call: () => importPrograms(csvUpload(`name,institution,nrmp_code\nHarbor Internal Medicine ${faker.string.alpha(6)},Harbor Hospital,${aCodes[1]}\n`)),
  },
  updateProgram: { scope: "record", call: (i) => updateProgram({ programId: i.programId, ...programInput({ name: "Renamed By Someone Else" }) }) },
  deleteProgram: { scope: "record", call: (i) => deleteProgram({ programId: i.programId }) },
  setSoapContact: { scope: "record", call: (i) => setSoapContact({ programId: i.programId, on: "2026-03-10" }) },
  updateCycle: { scope: "record", call: (i) => updateCycle(cycleEdit(i.cycleId)) },
  saveDraft: {
    scope: "record",
    call: (i) => saveDraft({ programId: i.programId, cycleId: i.cycleId, kind: "INTEREST_UPDATE", subject: "Update", body: "Someone else's words." }),
  },
  deleteDraft: { scope: "record", call: (i) => deleteDraft({ draftId: i.draftId }) },
  answerMessage: { scope: "record", call: (i) => answerMessage({ messageId: i.messageId, sent: false }) },
  saveRankOrder: { scope: "record", call: (i) => saveRankOrder({ cycleId: i.cycleId, programIds: [i.programId] }) },
  saveImpressions: { scope: "record", call: (i) => saveImpressions({ programId: i.programId, concerns: "Written by someone else." }) },
  recordOverstep: {
    scope: "record",
    call: (i) => recordOverstep({ programId: i.programId, occurredOn: "2026-01-11", kind: "OTHER_PRESSURE", said: "Someone else's record." }),
  },
  deleteOverstep: { scope: "record", call: (i) => deleteOverstep({ overstepId: i.overstepId }) },
  dismissSeasonTask: { scope: "record", call: (i) => dismissSeasonTask({ programId: i.programId, kind: "THANK_YOU", interviewDate: "2025-11-10" }) },
  recordMessage: {
    scope: "record",
    call: (i) =>
      recordMessage({
        programId: i.programId,
        cycleId: i.cycleId,
        kind: "INTEREST_UPDATE",
        subject: "Update",
        body: "Since my interview I finished a quality-improvement project on discharge planning.",
      }),
  },
};
const ACTION_NAMES = Object.keys(ACTIONS);
const RECORD_ACTIONS = ACTION_NAMES.filter((name) => ACTIONS[name]!.scope === "record");
const OWN_ACTIONS = ACTION_NAMES.filter((name) => ACTIONS[name]!.scope === "own");

function action(name: string) {
  const entry = ACTIONS[name];
  if (!entry) throw new Error(`No table row for ${name}`);
  return entry;
}

describe("authorization fixture", () => {
  it("lists every exported action of lib/actions/programs and lib/actions/messages", async () => {
    const actionsDir = path.resolve(import.meta.dirname, "../actions");
    const exported: string[] = [];
    for (const domain of ["programs", "messages"]) {
      for (const file of readdirSync(path.join(actionsDir, domain)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
        const mod = (await import(path.join(actionsDir, domain, file))) as Record<string, unknown>;
        exported.push(...Object.keys(mod).filter((key) => typeof mod[key] === "function"));
      }
    }
    expect(exported.length).toBeGreaterThanOrEqual(7);
    expect(exported.sort()).toEqual([...ACTION_NAMES].sort());
  });

  it("gives resident A programs, cycles, a letter of intent, a first-choice claim and a blocked attempt", async () => {
    const a = await residentRows(residentA.id);
    expect(a.programs.map((p) => p.nrmpCode).sort()).toEqual([...aCodes].sort());
    expect(a.cycles.map((c) => c.name).sort()).toEqual(["2026 Match", "2027 Match"]);
    expect(a.messages).toHaveLength(1);
    expect(a.messages[0]).toMatchObject({ kind: "LETTER_OF_INTENT", programId: ids.loiProgramId, claimsFirstChoice: true, status: "PENDING" });
    expect(a.drafts.map((d) => d.id)).toEqual([ids.draftId]);
    expect(a.oversteps.map((o) => o.id)).toEqual([ids.overstepId]);
    expect(a.impressions).toHaveLength(1);
    expect(a.rankEntries.map((r) => r.programId)).toEqual([ids.loiProgramId, ids.programId]);
    expect(a.claims).toEqual([expect.objectContaining({ cycleId: ids.cycleId, programId: ids.loiProgramId })]);
    expect(a.audit.filter((e) => e.action === "message.blocked")).toHaveLength(1);
  });
});

describe("another resident calling an action on A's records", () => {
  it.each(RECORD_ACTIONS)("%s is NOT_FOUND and changes nothing", async (name) => {
    const before = await residentRows(residentA.id);
    const counts = await tableCounts();
    actAs(residentB.id);
    const result = await action(name).call(ids);
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await residentRows(residentA.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });

  it.each([
    { what: "B's own program in A's cycle", input: () => ({ programId: bProgramId, cycleId: ids.cycleId }) },
    { what: "A's program in B's own cycle", input: () => ({ programId: ids.programId, cycleId: bCycleId }) },
    { what: "A's letter-of-intent program in A's other cycle", input: () => ({ programId: ids.loiProgramId, cycleId: ids.otherCycleId }) },
  ])("recordMessage with $what is NOT_FOUND and changes nothing", async ({ input }) => {
    const before = await residentRows(residentA.id);
    const bBefore = await residentRows(residentB.id);
    const counts = await tableCounts();
    actAs(residentB.id);
    // A message that would be blocked if it got as far as the rules: still NOT_FOUND, and no audit entry.
    const result = await recordMessage({
      ...input(),
      kind: "LETTER_OF_INTENT",
      subject: "Letter of intent",
      body: "Where will I be on your rank list? You are my first choice.",
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await residentRows(residentA.id)).toEqual(before);
    expect(await residentRows(residentB.id)).toEqual(bBefore);
    expect(await tableCounts()).toEqual(counts);
  });

  it.each(OWN_ACTIONS)("%s acts only in the caller's own rows (A's NRMP codes are no conflict)", async (name) => {
    const caller = await createResident();
    actAs(caller.id);
    const before = await residentRows(residentA.id);
    const callerBefore = await db().program.count({ where: { residentId: caller.id } });
    const result = await action(name).call(ids);
    expect(okData(result)).toBeTruthy();
    expect(await residentRows(residentA.id)).toEqual(before);
    expect(await db().program.count({ where: { residentId: caller.id } })).toBe(callerBefore + 1);
  });
});

describe.each([
  { who: "an advisor", make: () => createAdvisor(), code: "NOT_FOUND" },
  { who: "a user who has not chosen a role", make: () => createUser(), code: "NOT_FOUND" },
  { who: "a resident who has not finished onboarding", make: () => createUser({ role: "RESIDENT" }), code: "NOT_FOUND" },
  { who: "a signed-out caller", make: async () => null, code: "UNAUTHENTICATED" },
])("$who", ({ make, code }) => {
  let callerId: string | null = null;
  beforeAll(async () => {
    callerId = (await make())?.id ?? null;
  });

  it.each(ACTION_NAMES)(`%s is ${code} and changes nothing`, async (name) => {
    const before = await residentRows(residentA.id);
    const counts = await tableCounts();
    actAs(callerId);
    const result = await action(name).call(ids);
    expect(result).toMatchObject({ ok: false, code });
    expect(await residentRows(residentA.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe("reads as another resident", () => {
  const viewerA = () => viewerOf(residentA);
  const viewerB = () => viewerOf(residentB);
  const now = new Date(NOW);

  async function expectNotFound(read: () => Promise<unknown>) {
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  }

  it("getProgram with A's program ids is NOT_FOUND for B, and A sees the history", async () => {
    await expectNotFound(() => getProgram(viewerB(), ids.programId));
    await expectNotFound(() => getProgram(viewerB(), ids.loiProgramId));
    const own = await getProgram(viewerA(), ids.loiProgramId);
    expect(own.messages.map((m) => m.kind)).toEqual(["LETTER_OF_INTENT"]);
  });

  it("listPrograms shows only B's programs, even when searching for A's name or NRMP code", async () => {
    const { programs, total } = await listPrograms(viewerB(), {});
    expect(programs.map((p) => p.id)).toEqual([bProgramId]);
    expect(total).toBe(1);
    expect((await listPrograms(viewerB(), { q: aProgramNames[0]! })).programs).toEqual([]);
    expect((await listPrograms(viewerB(), { q: aCodes[0]! })).programs).toEqual([]);
    // The same searches as A find the program, so the empty results above are about ownership.
    expect((await listPrograms(viewerA(), { q: aProgramNames[0]! })).programs.map((p) => p.id)).toEqual([ids.programId]);
    expect((await listPrograms(viewerA(), { q: aCodes[0]! })).programs.map((p) => p.id)).toEqual([ids.programId]);
  });

  it("getCycleOverview with A's cycle id shows B nothing of A's", async () => {
    const overview = await getCycleOverview(viewerB(), ids.cycleId);
    expect(overview.firstChoice).toBeNull();
    expect(overview.letterOfIntent).toBeNull();
    expect(overview.programs.map((p) => p.id)).toEqual([bProgramId]);
    const text = JSON.stringify(overview);
    for (const name of aProgramNames) expect(text).not.toContain(name);
    for (const id of [ids.programId, ids.loiProgramId]) expect(text).not.toContain(id);
    const own = await getCycleOverview(viewerA(), ids.cycleId);
    expect(own.letterOfIntent?.program.id).toBe(ids.loiProgramId);
    expect(own.firstChoice?.program.id).toBe(ids.loiProgramId);
  });

  it("listBlockedAttempts shows B none of A's blocked attempts", async () => {
    expect(await listBlockedAttempts(viewerB())).toEqual([]);
    const own = await listBlockedAttempts(viewerA());
    expect(own.map((b) => ({ rules: b.rules, programId: b.program?.id }))).toEqual([{ rules: ["no-rank-solicitation"], programId: ids.programId }]);
  });

  it("getComposeData with A's program is NOT_FOUND for B and creates nothing for B", async () => {
    const stranger = await createResident();
    await expectNotFound(() => getComposeData(viewerB(), ids.programId, null, now));
    await expectNotFound(() => getComposeData(viewerOf(stranger), ids.loiProgramId, null, now));
    expect(await db().matchCycle.count({ where: { residentId: stranger.id } })).toBe(0);
    const own = await getComposeData(viewerA(), ids.loiProgramId, null, now);
    expect(own.program.id).toBe(ids.loiProgramId);
    expect(own.contexts).toHaveLength(2);
    const composed = await getComposeData(viewerB(), bProgramId, null, now);
    const text = JSON.stringify(composed);
    for (const name of aProgramNames) expect(text).not.toContain(name);
    for (const id of [ids.programId, ids.loiProgramId, ids.cycleId, ids.otherCycleId]) expect(text).not.toContain(id);
    expect(composed.contexts.every((c) => c.sentThisCycle.length === 0)).toBe(true);
  });
});
