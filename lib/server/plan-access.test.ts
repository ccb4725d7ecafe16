// Who may touch a resident's year plan: every action under lib/actions/plan, called by another resident, an advisor,
// a user who has not chosen a role, a resident who has not finished onboarding, and nobody. A record the caller may
// not see is "not found" and nothing of the owner's changes; an action that names no record acts in the caller's own
// plan only. Reads (getYearPlan, getRunningLog, getTemplateData) never carry another resident's data.
// Behaviour: plan.test.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPerson } from "@/lib/actions/people/create-person";
import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { completePrompt } from "@/lib/actions/plan/complete-prompt";
import { deleteLogEntry } from "@/lib/actions/plan/delete-log-entry";
import { deleteRotation } from "@/lib/actions/plan/delete-rotation";
import { logOutreach } from "@/lib/actions/plan/log-outreach";
import { regenerateCalendarFeed } from "@/lib/actions/plan/regenerate-calendar-feed";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import { setDigestEnabled } from "@/lib/actions/plan/set-digest-enabled";
import { saveDigestSchedule } from "@/lib/actions/plan/save-digest-schedule";
import { setLateStartStep } from "@/lib/actions/plan/set-late-start-step";
import { setPhaseDone } from "@/lib/actions/plan/set-phase-done";
import { updateTouchpoint } from "@/lib/actions/plan/update-touchpoint";
import type { ActionResult } from "@/lib/actions/safe-action";
import { logTouch } from "@/lib/actions/touches/log-touch";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { getTemplateData } from "@/lib/server/plan/get-template-data";
import { getYearPlan } from "@/lib/server/plan/get-year-plan";
import { getRunningLog } from "@/lib/server/plan/running-log";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident, createUser } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-11-21T15:00:00Z");

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const usedNames = new Set<string>();
function uniqueName(prefix = "Dr."): string {
  let name: string;
  do name = `${prefix} ${faker.person.firstName()} ${faker.person.lastName()}-${faker.string.alpha(4)}`;
  while (usedNames.has(name));
  usedNames.add(name);
  return name;
}

function personInput(overrides: Record<string, unknown> = {}) {
  return {
    name: uniqueName(),
    role: "ATTENDING",
    specialty: "internal-medicine",
    department: "Department of Medicine",
    institution: `${faker.location.city()} University Hospital`,
    email: faker.internet.email({ provider: "example.org" }).toLowerCase(),
    tags: ["LETTER_WRITER"],
    isAList: false,
    ...overrides,
  };
}

/** One of each plan record, made through the actions by `owner`. */
type Plan = {
  personId: string;
  otherPersonId: string;
  rotationId: string;
  entryId: string;
  token: string;
  names: string[];
  service: string;
  entryAction: string;
};

async function buildPlan(owner: User): Promise<Plan> {
  actAs(owner.id);
  const aList = personInput({ isAList: true });
  const other = personInput();
  const personId = okData(await createPerson(aList)).id;
  const otherPersonId = okData(await createPerson(other)).id;
  okData(await logTouch({ personId, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: "2026-11-02", awaitingReply: true, notes: "Asked about her clinic." }));
  const service = `Cardiology consults ${faker.string.alpha(6)}`;
  const rotationId = okData(
    await saveRotation({ startsOn: "2026-12-01", endsOn: "2026-12-28", service, site: "Main campus", attendingIds: [personId, otherPersonId] }),
  ).id;
  okData(await completePrompt({ rotationId, promptKey: "before", logTouch: true }));
  const entryAction = `Presented a case at grand rounds ${faker.string.alpha(6)}`;
  const entryId = okData(
    await addLogEntry({ occurredOn: "2026-11-05", service: "Wards", faculty: aList.name, action: entryAction, nextStep: "Send the slides" }),
  ).id;
  okData(await updateTouchpoint({ key: "early", status: "DONE", onDate: "2026-08-20", notes: "Met the PD after morning report." }));
  okData(await setPhaseDone({ key: "finalize", done: true }));
  const { url } = okData(await regenerateCalendarFeed({}));
  const token = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url ?? "")?.[1];
  if (!token) throw new Error(`no token in ${url}`);
  actAs(null);
  return { personId, otherPersonId, rotationId, entryId, token, names: [aList.name, other.name], service, entryAction };
}

/** Everything of one resident's plan, ordered, so two snapshots compare with toEqual. */
async function planOf(residentId: string) {
  const where = { residentId };
  const [people, touches, rotations, attendings, completions, touchpoints, phases, lateStart, log, feed, user] = await Promise.all([
    db().person.findMany({ where, orderBy: { id: "asc" } }),
    db().touch.findMany({ where, orderBy: { id: "asc" } }),
    db().rotation.findMany({ where, orderBy: { id: "asc" } }),
    db().rotationAttending.findMany({ where, orderBy: [{ rotationId: "asc" }, { personId: "asc" }] }),
    db().rotationPromptCompletion.findMany({ where, orderBy: [{ rotationId: "asc" }, { promptKey: "asc" }] }),
    db().pdTouchpoint.findMany({ where, orderBy: { key: "asc" } }),
    db().phaseCompletion.findMany({ where, orderBy: { phaseKey: "asc" } }),
    db().lateStartStep.findMany({ where, orderBy: { stepKey: "asc" } }),
    db().logEntry.findMany({ where, orderBy: { id: "asc" } }),
    db().calendarFeed.findUnique({ where }),
    db().user.findUniqueOrThrow({
      where: { id: residentId },
      select: { digestEnabled: true, lastDigestAt: true, digestWeekday: true, digestHour: true, timeZone: true },
    }),
  ]);
  return { people, touches, rotations, attendings, completions, touchpoints, phases, lateStart, log, feed, user };
}

/** Row counts across everyone: a refused call must not have written anywhere, not even to the caller. */
async function tableCounts() {
  const [people, touches, rotations, attendings, completions, touchpoints, phases, lateStart, log, feeds, digestOff] = await Promise.all([
    db().person.count(),
    db().touch.count(),
    db().rotation.count(),
    db().rotationAttending.count(),
    db().rotationPromptCompletion.count(),
    db().pdTouchpoint.count(),
    db().phaseCompletion.count(),
    db().lateStartStep.count(),
    db().logEntry.count(),
    db().calendarFeed.count(),
    db().user.count({ where: { digestEnabled: false } }),
  ]);
  return { people, touches, rotations, attendings, completions, touchpoints, phases, lateStart, log, feeds, digestOff };
}

// One row per plan action. "record": the call names one of the owner's records and outsiders get NOT_FOUND.
// "own": the call names no record, so another resident's call acts in their own plan only.
// A new file under lib/actions/plan fails the coverage test until it has a row here.
type Row = { scope: "record" | "own"; call: (p: Plan) => Promise<ActionResult<unknown>> };
const ACTIONS: Record<string, Row> = {
  saveRotation: {
    scope: "record",
    call: (p) => saveRotation({ rotationId: p.rotationId, startsOn: "2027-01-04", endsOn: "2027-01-31", service: "Renamed by someone else", attendingIds: [] }),
  },
  deleteRotation: { scope: "record", call: (p) => deleteRotation({ rotationId: p.rotationId }) },
  completePrompt: { scope: "record", call: (p) => completePrompt({ rotationId: p.rotationId, promptKey: "week-one", logTouch: true }) },
  deleteLogEntry: { scope: "record", call: (p) => deleteLogEntry({ entryId: p.entryId }) },
  logOutreach: { scope: "record", call: (p) => logOutreach({ personId: p.personId, templateKey: "thank-you-update", subject: "Thank you for the month" }) },
  addLogEntry: { scope: "own", call: () => addLogEntry({ occurredOn: "2026-11-20", action: "Wrote a case report draft" }) },
  updateTouchpoint: { scope: "own", call: () => updateTouchpoint({ key: "mid-year", status: "DONE", onDate: "2026-11-18" }) },
  setPhaseDone: { scope: "own", call: () => setPhaseDone({ key: "statement", done: true }) },
  setLateStartStep: { scope: "own", call: () => setLateStartStep({ key: "see-pd", done: true }) },
  setDigestEnabled: { scope: "own", call: () => setDigestEnabled({ enabled: false }) },
  saveDigestSchedule: { scope: "own", call: () => saveDigestSchedule({ weekday: "1", hour: "7", timeZone: "America/Chicago" }) },
  regenerateCalendarFeed: { scope: "own", call: () => regenerateCalendarFeed({}) },
};
const ACTION_NAMES = Object.keys(ACTIONS);
const RECORD_ACTIONS = ACTION_NAMES.filter((name) => ACTIONS[name]!.scope === "record");
const OWN_ACTIONS = ACTION_NAMES.filter((name) => ACTIONS[name]!.scope === "own");

function row(name: string): Row {
  const entry = ACTIONS[name];
  if (!entry) throw new Error(`No table row for ${name}`);
  return entry;
}

let residentA: User;
let residentB: User;
let plan: Plan;
let bPlan: Plan;

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
  residentA = await createResident();
  residentB = await createResident();
  plan = await buildPlan(residentA);
  bPlan = await buildPlan(residentB);
});

describe("authorization fixture", () => {
  it("lists every exported action of lib/actions/plan", async () => {
    const dir = path.resolve(import.meta.dirname, "../actions/plan");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const exported: string[] = [];
    for (const file of files) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      const fns = Object.keys(mod).filter((key) => typeof mod[key] === "function");
      expect({ file, count: fns.length }).toEqual({ file, count: 1 });
      exported.push(...fns);
    }
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(exported.sort()).toEqual([...ACTION_NAMES].sort());
  });

  it("gives resident A one of each plan record, so 'unchanged' below means something", async () => {
    const a = await planOf(residentA.id);
    expect(a.people).toHaveLength(2);
    expect(a.touches).toHaveLength(1);
    expect(a.rotations.map((r) => r.id)).toEqual([plan.rotationId]);
    expect(a.attendings).toHaveLength(2);
    expect(a.completions.map((c) => c.promptKey)).toEqual(["before"]);
    expect(a.touchpoints.map((t) => [t.key, t.status])).toEqual([["early", "DONE"]]);
    expect(a.phases.map((p) => p.phaseKey)).toEqual(["finalize"]);
    expect(a.log.map((e) => e.id)).toEqual([plan.entryId]);
    expect(a.feed).not.toBeNull();
    expect(a.user).toEqual({ digestEnabled: true, lastDigestAt: null, digestWeekday: null, digestHour: null, timeZone: null });
  });

  // The table's calls are valid: by the owner each succeeds and changes the owner's plan, so the refusals below
  // are about who calls, not about the input.
  it.each(ACTION_NAMES)("%s succeeds for the owner and changes their plan", async (name) => {
    const owner = await createResident();
    const own = await buildPlan(owner);
    const before = await planOf(owner.id);
    actAs(owner.id);
    okData(await row(name).call(own));
    expect(await planOf(owner.id)).not.toEqual(before);
  });
});

describe("another resident calling an action on A's records", () => {
  it.each(RECORD_ACTIONS)("%s is NOT_FOUND and changes nothing", async (name) => {
    const before = await planOf(residentA.id);
    const bBefore = await planOf(residentB.id);
    const counts = await tableCounts();
    actAs(residentB.id);
    const result = await row(name).call(plan);
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await planOf(residentA.id)).toEqual(before);
    expect(await planOf(residentB.id)).toEqual(bBefore);
    expect(await tableCounts()).toEqual(counts);
  });

  it.each(OWN_ACTIONS)("%s acts only in the caller's own plan", async (name) => {
    const caller = await createResident();
    const before = await planOf(residentA.id);
    const callerBefore = await planOf(caller.id);
    actAs(caller.id);
    okData(await row(name).call(plan));
    expect(await planOf(residentA.id)).toEqual(before);
    expect(await planOf(caller.id)).not.toEqual(callerBefore);
  });

  it("regenerating B's feed leaves A's token and feed row as they were", async () => {
    const before = await db().calendarFeed.findUniqueOrThrow({ where: { residentId: residentA.id } });
    actAs(residentB.id);
    const { url } = okData(await regenerateCalendarFeed({}));
    expect(url).not.toContain(plan.token);
    expect(await db().calendarFeed.findUniqueOrThrow({ where: { residentId: residentA.id } })).toEqual(before);
  });

  it("saveRotation with A's person as attending is NOT_FOUND and creates no rotation", async () => {
    const counts = await tableCounts();
    const bBefore = await planOf(residentB.id);
    actAs(residentB.id);
    const result = await saveRotation({ startsOn: "2027-02-01", endsOn: "2027-02-28", service: "Nephrology", attendingIds: [plan.personId] });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Mixed with B's own person: still refused as a whole.
    const mixed = await saveRotation({ startsOn: "2027-02-01", endsOn: "2027-02-28", service: "Nephrology", attendingIds: [bPlan.personId, plan.personId] });
    expect(mixed).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await tableCounts()).toEqual(counts);
    expect(await planOf(residentB.id)).toEqual(bBefore);
    expect(await db().rotationAttending.count({ where: { personId: plan.personId } })).toBe(1);
  });

  it("saveRotation on B's own rotation with A's person as attending is NOT_FOUND and keeps B's attendings", async () => {
    const before = await planOf(residentB.id);
    const aBefore = await planOf(residentA.id);
    actAs(residentB.id);
    const result = await saveRotation({
      rotationId: bPlan.rotationId,
      startsOn: "2026-12-01",
      endsOn: "2026-12-28",
      service: "Changed",
      attendingIds: [plan.personId],
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await planOf(residentB.id)).toEqual(before);
    expect(await planOf(residentA.id)).toEqual(aBefore);
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
    const before = await planOf(residentA.id);
    const counts = await tableCounts();
    const callerUser = callerId ? await db().user.findUniqueOrThrow({ where: { id: callerId }, select: { digestEnabled: true } }) : null;
    actAs(callerId);
    const result = await row(name).call(plan);
    expect(result).toMatchObject({ ok: false, code });
    expect(await planOf(residentA.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
    if (callerId) expect(await db().user.findUniqueOrThrow({ where: { id: callerId }, select: { digestEnabled: true } })).toEqual(callerUser);
  });
});

describe("reads as another resident", () => {
  const aSecrets = () => [...plan.names, plan.service, plan.entryAction, plan.personId, plan.otherPersonId, plan.rotationId, plan.entryId];

  it("getYearPlan shows B's rotation and none of A's", async () => {
    const b = await getYearPlan(viewerOf(residentB), NOW);
    const text = JSON.stringify(b);
    for (const secret of aSecrets()) expect(text).not.toContain(secret);
    expect(b.rotations.map((r) => r.id)).toEqual([bPlan.rotationId]);
    expect(b.touchpoints.find((t) => t.key === "early")?.status).toBe("DONE");
    // The same read as A finds A's rotation, so the absence above is about ownership.
    const a = await getYearPlan(viewerOf(residentA), NOW);
    expect(a.rotations.map((r) => r.id)).toEqual([plan.rotationId]);
    expect(JSON.stringify(a)).toContain(plan.names[0]!);
  });

  it("getRunningLog lists B's rows only, in every month and in A's months", async () => {
    const b = await getRunningLog(viewerOf(residentB), null);
    expect(b.rows.map((r) => r.source).sort()).toEqual(["manual", "rotation", "touch"]);
    const text = JSON.stringify(b);
    for (const secret of aSecrets()) expect(text).not.toContain(secret);
    expect(b.rows.filter((r) => r.source === "manual").map((r) => r.id)).toEqual([bPlan.entryId]);
    const november = await getRunningLog(viewerOf(residentB), "2026-11");
    for (const secret of aSecrets()) expect(JSON.stringify(november)).not.toContain(secret);
    const a = await getRunningLog(viewerOf(residentA), null);
    expect(a.rows.filter((r) => r.source === "manual").map((r) => r.id)).toEqual([plan.entryId]);
    expect(JSON.stringify(a)).toContain(plan.entryAction);
  });

  it("getTemplateData offers B's people and rotations only", async () => {
    const b = await getTemplateData(viewerOf(residentB));
    const text = JSON.stringify(b);
    for (const secret of aSecrets()) expect(text).not.toContain(secret);
    expect(b.people.map((p) => p.id).sort()).toEqual([bPlan.personId, bPlan.otherPersonId].sort());
    expect(b.rotations.map((r) => r.id)).toEqual([bPlan.rotationId]);
    expect(b.base.residentName).toBe(residentB.name);
    const a = await getTemplateData(viewerOf(residentA));
    expect(a.people.map((p) => p.name).sort()).toEqual([...plan.names].sort());
  });
});
