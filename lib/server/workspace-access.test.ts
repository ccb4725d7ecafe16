// Who may touch a resident's workspace: every workspace action and every read, called by another resident, an
// advisor, a user who has not chosen a role, and nobody. A record the caller may not see is "not found" (STYLE.md,
// "Reads: authorization lives in the query"), and nothing of the owner's changes.
import { readdirSync } from "node:fs";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { cancelMeeting } from "@/lib/actions/meetings/cancel-meeting";
import { markReportedBack } from "@/lib/actions/meetings/mark-reported-back";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { updateActionItem } from "@/lib/actions/meetings/update-action-item";
import { updateMeetingPrep } from "@/lib/actions/meetings/update-meeting-prep";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { deleteAsk } from "@/lib/actions/asks/delete-ask";
import { updateAsk } from "@/lib/actions/asks/update-ask";
import { createPerson } from "@/lib/actions/people/create-person";
import { deletePerson } from "@/lib/actions/people/delete-person";
import { importPeople } from "@/lib/actions/people/import-people";
import { setAList } from "@/lib/actions/people/set-a-list";
import { updatePerson } from "@/lib/actions/people/update-person";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { setDecision } from "@/lib/actions/targets/set-decision";
import { deleteTouch } from "@/lib/actions/touches/delete-touch";
import { logTouch } from "@/lib/actions/touches/log-touch";
import { markReplyReceived } from "@/lib/actions/touches/mark-reply-received";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listAsks } from "@/lib/server/asks/list-asks";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { getMeeting } from "@/lib/server/meetings/get-meeting";
import { getPerson } from "@/lib/server/people/get-person";
import { listPeople } from "@/lib/server/people/list-people";
import { exportPeopleCsv } from "@/lib/server/people/people-csv";
import { getTargets } from "@/lib/server/targets/get-targets";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident, createUser, csvUpload } from "@/lib/testing/factories";
import { actAs } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-09-15T14:30:00Z");

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

const usedNames = new Set<string>();
function uniqueName(): string {
  let name: string;
  do name = `Dr. ${faker.person.firstName()} ${faker.person.lastName()}`;
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
    howWeMet: "Attending on my first wards month",
    privateNotes: "Prefers email before 7am.",
    isAList: false,
    ...overrides,
  };
}

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** Everything a resident owns, ordered, so two snapshots compare with toEqual. */
async function workspaceOf(residentId: string) {
  const where = { residentId };
  const orderBy = { id: "asc" } as const;
  const [people, touches, meetings, actionItems, asks, target, targetChanges] = await Promise.all([
    db().person.findMany({ where, orderBy }),
    db().touch.findMany({ where, orderBy }),
    db().meeting.findMany({ where, orderBy }),
    db().actionItem.findMany({ where, orderBy }),
    db().ask.findMany({ where, orderBy }),
    db().target.findUnique({ where }),
    db().targetChange.findMany({ where, orderBy }),
  ]);
  return { people, touches, meetings, actionItems, asks, target, targetChanges };
}

/** Row counts across all residents: a refused call must not have written anywhere, not even to the caller. */
async function tableCounts() {
  const [people, touches, meetings, actionItems, asks, targets, targetChanges] = await Promise.all([
    db().person.count(),
    db().touch.count(),
    db().meeting.count(),
    db().actionItem.count(),
    db().ask.count(),
    db().target.count(),
    db().targetChange.count(),
  ]);
  return { people, touches, meetings, actionItems, asks, targets, targetChanges };
}

/** Resident A's records, created through the actions themselves. */
type Ids = { personId: string; touchId: string; plannedMeetingId: string; doneMeetingId: string; itemId: string; askId: string };

let residentA: User;
let residentB: User;
let ids: Ids;
const aNames: string[] = [];

beforeAll(async () => {
  residentA = await createResident();
  residentB = await createResident();
  actAs(residentA.id);
  okData(
    await saveTargets({ specialty: "dermatology", geoStance: "PREFER_REGION", geoDetail: "Pacific Northwest", planB: "RESEARCH_YEAR", unsuccessfulCycles: 1 }),
  );
  const person = personInput({ isAList: true, tags: ["LETTER_WRITER", "KNOWS_PDS"] });
  aNames.push(person.name);
  const personId = okData(await createPerson(person)).id;
  const second = personInput({ role: "PROGRAM_DIRECTOR" });
  aNames.push(second.name);
  okData(await createPerson(second));
  const touchId = okData(
    await logTouch({
      personId,
      kind: "FOLLOW_UP",
      channel: "EMAIL",
      occurredOn: "2026-09-01",
      awaitingReply: true,
      notes: "Thanked her for the teaching on heart failure.",
    }),
  ).id;
  const plannedMeetingId = okData(await planMeeting({ personId, kind: "INTRO", scheduledOn: "2026-09-22", questions: "How did you choose dermatology?" })).id;
  const doneMeetingId = okData(await planMeeting({ personId, kind: "ADVICE", scheduledOn: "2026-09-08" })).id;
  okData(
    await completeMeeting({
      meetingId: doneMeetingId,
      completedOn: "2026-09-08",
      advice: "Publish the case report before ERAS opens.",
      actionItems: "Draft the case report\nAsk Dr. Lee to co-author",
    }),
  );
  const item = await db().actionItem.findFirstOrThrow({ where: { meetingId: doneMeetingId }, orderBy: { createdAt: "asc" } });
  const askId = okData(
    await createAsk({
      personId,
      kind: "LETTER",
      status: "ASKED",
      askedOn: "2026-09-10",
      fromPrelimYear: true,
      notes: "Letter for the dermatology reapplication.",
    }),
  ).id;
  ids = { personId, touchId, plannedMeetingId, doneMeetingId, itemId: item.id, askId };
  actAs(residentB.id);
  const bPerson = personInput({ name: `Dr. Bea Okonkwo-${faker.string.alpha(5)}` });
  okData(await createPerson(bPerson));
  actAs(null);
});

// One row per workspace action. "record": the call names one of A's records and must be refused as NOT_FOUND.
// "own": the action names no record, so another resident's call acts in their own workspace only.
// A new action file under lib/actions/<workspace domain>/ fails the coverage test below until it is added here.
const ACTIONS: Record<string, { scope: "record" | "own"; call: (ids: Ids) => Promise<ActionResult<unknown>> }> = {
  saveTargets: { scope: "own", call: () => saveTargets({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }) },
  setDecision: { scope: "own", call: () => setDecision({ decision: "PIVOT", pivotSpecialty: "radiation-oncology" }) },
  createPerson: { scope: "own", call: () => createPerson(personInput()) },
  importPeople: { scope: "own", call: () => importPeople(csvUpload(`name,role,a_list\n${uniqueName()},Attending,no\n`)) },
  updatePerson: { scope: "record", call: (i) => updatePerson({ personId: i.personId, ...personInput({ name: "Renamed By Someone Else" }) }) },
  setAList: { scope: "record", call: (i) => setAList({ personId: i.personId, isAList: false }) },
  deletePerson: { scope: "record", call: (i) => deletePerson({ personId: i.personId }) },
  logTouch: { scope: "record", call: (i) => logTouch({ personId: i.personId, kind: "UPDATE", channel: "EMAIL", occurredOn: "2026-09-14" }) },
  deleteTouch: { scope: "record", call: (i) => deleteTouch({ touchId: i.touchId, personId: i.personId }) },
  markReplyReceived: { scope: "record", call: (i) => markReplyReceived({ touchId: i.touchId, personId: i.personId }) },
  planMeeting: { scope: "record", call: (i) => planMeeting({ personId: i.personId, kind: "ADVICE", scheduledOn: "2026-10-01" }) },
  updateMeetingPrep: {
    scope: "record",
    call: (i) => updateMeetingPrep({ meetingId: i.plannedMeetingId, prepCv: true, prepGoals: true, prepQuestions: true, questions: "Overwritten questions" }),
  },
  completeMeeting: {
    scope: "record",
    call: (i) => completeMeeting({ meetingId: i.plannedMeetingId, completedOn: "2026-09-14", actionItems: "Injected item" }),
  },
  cancelMeeting: { scope: "record", call: (i) => cancelMeeting({ meetingId: i.plannedMeetingId }) },
  markReportedBack: { scope: "record", call: (i) => markReportedBack({ meetingId: i.doneMeetingId }) },
  updateActionItem: { scope: "record", call: (i) => updateActionItem({ itemId: i.itemId, meetingId: i.doneMeetingId, status: "DROPPED" }) },
  createAsk: { scope: "record", call: (i) => createAsk({ personId: i.personId, kind: "INTEL", status: "PLANNED" }) },
  updateAsk: {
    scope: "record",
    call: (i) => updateAsk({ askId: i.askId, personId: i.personId, kind: "LETTER", status: "DECLINED", respondedOn: "2026-09-14" }),
  },
  deleteAsk: { scope: "record", call: (i) => deleteAsk({ askId: i.askId }) },
};
const ACTION_NAMES = Object.keys(ACTIONS);
const RECORD_ACTIONS = ACTION_NAMES.filter((name) => ACTIONS[name]!.scope === "record");

function action(name: string) {
  const entry = ACTIONS[name];
  if (!entry) throw new Error(`No table row for ${name}`);
  return entry;
}

describe("authorization fixture", () => {
  it("lists every exported action of the workspace domains", async () => {
    const actionsDir = path.resolve(import.meta.dirname, "../actions");
    const exported: string[] = [];
    for (const domain of ["targets", "people", "touches", "meetings", "asks"]) {
      for (const file of readdirSync(path.join(actionsDir, domain)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
        const mod = (await import(path.join(actionsDir, domain, file))) as Record<string, unknown>;
        exported.push(...Object.keys(mod).filter((key) => typeof mod[key] === "function"));
      }
    }
    expect(exported.sort()).toEqual([...ACTION_NAMES].sort());
  });

  it("gives resident A one of each kind of record, so 'unchanged' below means something", async () => {
    const a = await workspaceOf(residentA.id);
    expect(a.people).toHaveLength(2);
    expect(a.touches).toHaveLength(2); // the logged email and the completed meeting's touch
    expect(a.meetings.map((m) => m.status).sort()).toEqual(["DONE", "PLANNED"]);
    expect(a.actionItems).toHaveLength(2);
    expect(a.asks).toHaveLength(1);
    expect(a.target?.specialty).toBe("dermatology");
    expect(a.people.find((p) => p.id === ids.personId)?.isAList).toBe(true);
  });
});

describe("another resident calling an action on A's records", () => {
  it.each(RECORD_ACTIONS)("%s is NOT_FOUND and changes nothing", async (name) => {
    const before = await workspaceOf(residentA.id);
    const counts = await tableCounts();
    actAs(residentB.id);
    const result = await action(name).call(ids);
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await workspaceOf(residentA.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });

  it.each(ACTION_NAMES.filter((name) => action(name).scope === "own"))("%s acts only in the caller's own workspace", async (name) => {
    const caller = await createResident();
    actAs(caller.id);
    // setDecision needs the caller's own target first; without it the call is NOT_FOUND for the caller too.
    if (name === "setDecision") okData(await saveTargets({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }));
    const before = await workspaceOf(residentA.id);
    const callerBefore = await workspaceOf(caller.id);
    const result = await action(name).call(ids);
    expect(result.ok).toBe(true);
    expect(await workspaceOf(residentA.id)).toEqual(before);
    expect(await workspaceOf(caller.id)).not.toEqual(callerBefore);
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
    const before = await workspaceOf(residentA.id);
    const counts = await tableCounts();
    actAs(callerId);
    const result = await action(name).call(ids);
    expect(result).toMatchObject({ ok: false, code });
    expect(await workspaceOf(residentA.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe("reads as another resident", () => {
  const viewerB = () => viewerOf(residentB);

  it("listPeople shows only B's people, even when searching for A's person by name", async () => {
    const { people, total, aListCount } = await listPeople(viewerB(), {}, NOW);
    expect(people.length).toBe(1);
    expect(total).toBe(1);
    expect(aListCount).toBe(0);
    for (const name of aNames) expect(people.map((p) => p.name)).not.toContain(name);
    expect((await listPeople(viewerB(), { q: aNames[0]! }, NOW)).people).toEqual([]);
    // The same search as A finds the person, so the empty result above is about ownership.
    expect((await listPeople(viewerOf(residentA), { q: aNames[0]! }, NOW)).people.map((p) => p.name)).toEqual([aNames[0]]);
  });

  it("getPerson and getMeeting with A's ids are NOT_FOUND", async () => {
    for (const read of [
      () => getPerson(viewerB(), ids.personId, NOW),
      () => getMeeting(viewerB(), ids.doneMeetingId),
      () => getMeeting(viewerB(), ids.plannedMeetingId),
    ]) {
      const error = await read().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    await expect(getPerson(viewerOf(residentA), ids.personId, NOW)).resolves.toMatchObject({ person: { id: ids.personId } });
    await expect(getMeeting(viewerOf(residentA), ids.doneMeetingId)).resolves.toMatchObject({ id: ids.doneMeetingId });
  });

  it("listAsks, getTargets and getDashboard contain nothing of A's", async () => {
    const asks = await listAsks(viewerB());
    expect(asks.asks).toEqual([]);
    expect(asks.letters.secured).toBe(0);
    expect((await listAsks(viewerOf(residentA))).asks.map((a) => a.id)).toEqual([ids.askId]);

    const targets = await getTargets(viewerB());
    expect(targets.target).toBeNull();
    expect(targets.history).toEqual([]);

    const dashboard = await getDashboard(viewerB(), NOW);
    const text = JSON.stringify(dashboard);
    for (const name of aNames) expect(text).not.toContain(name);
    for (const id of Object.values(ids)) expect(text).not.toContain(id);
    expect(dashboard.name).toBe(residentB.name);
    expect(dashboard.people).toHaveLength(1);
    expect(dashboard.target).toBeNull();
  });

  it("exportPeopleCsv exports only B's people", async () => {
    const csv = await exportPeopleCsv(viewerB());
    expect(csv.trim().split("\n")).toHaveLength(2); // header and B's one person
    for (const name of aNames) expect(csv).not.toContain(name);
    const aCsv = await exportPeopleCsv(viewerOf(residentA));
    for (const name of aNames) expect(aCsv).toContain(name);
  });
});
