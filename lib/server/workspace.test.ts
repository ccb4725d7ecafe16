// The resident workspace against real PostgreSQL: the A-list cap (enforced by a trigger), touches, meetings,
// targets and their history, and the dashboard's follow-up reminders. Authorization: workspace-access.test.ts.
// CSV import/export: workspace-csv.test.ts.
import { faker } from "@faker-js/faker";
import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { updateAsk } from "@/lib/actions/asks/update-ask";
import { cancelMeeting } from "@/lib/actions/meetings/cancel-meeting";
import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { createPerson } from "@/lib/actions/people/create-person";
import { setAList } from "@/lib/actions/people/set-a-list";
import { updatePerson } from "@/lib/actions/people/update-person";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { setDecision } from "@/lib/actions/targets/set-decision";
import { logTouch } from "@/lib/actions/touches/log-touch";
import { markReplyReceived } from "@/lib/actions/touches/mark-reply-received";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";
import { A_LIST_MAX, aListCapMessage, consistencyWarning } from "@/lib/rules/workspace";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { getPerson } from "@/lib/server/people/get-person";
import { listPeople } from "@/lib/server/people/list-people";
import { getTargets } from "@/lib/server/targets/get-targets";
import { saveTargets as saveTargetsDal } from "@/lib/server/targets/save-targets";
import { withTestDatabase } from "@/lib/testing/db";
import { createResident } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

function personInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Dr. ${faker.person.firstName()} ${faker.person.lastName()}`,
    role: faker.helpers.arrayElement(["ATTENDING", "PROGRAM_DIRECTOR", "CHIEF_RESIDENT", "DIVISION_CHIEF"]),
    specialty: faker.helpers.arrayElement(["internal-medicine", "neurology", "dermatology"]),
    institution: `${faker.location.city()} University Hospital`,
    email: faker.internet.email({ provider: "example.org" }).toLowerCase(),
    tags: ["LETTER_WRITER"],
    howWeMet: "Attending on my first wards month",
    isAList: false,
    ...overrides,
  };
}

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** A resident signed in with `count` people, the first `aList` of them on the A-list. */
async function residentWithPeople(count: number, aList: number) {
  const resident = await createResident();
  actAs(resident.id);
  const personIds: string[] = [];
  for (let i = 0; i < count; i++) personIds.push(okData(await createPerson(personInput({ isAList: i < aList }))).id);
  return { resident, personIds };
}

/** Opens `n` pooled connections, so parallel calls really overlap instead of queueing for a connection. */
async function warmPool(n: number) {
  await Promise.all(Array.from({ length: n }, () => db().$executeRaw`SELECT pg_sleep(0.05)`));
}

const aListCount = (residentId: string) => db().person.count({ where: { residentId, isAList: true } });

describe("A-list cap", () => {
  it(`accepts ${A_LIST_MAX} and refuses the 8th, by createPerson, setAList or updatePerson`, async () => {
    const { resident, personIds } = await residentWithPeople(A_LIST_MAX + 1, A_LIST_MAX);
    expect(await aListCount(resident.id)).toBe(A_LIST_MAX);

    const eighth = personInput({ isAList: true });
    const created = await createPerson(eighth);
    expect(created).toMatchObject({ ok: false, code: "RULE_VIOLATION", message: aListCapMessage(), fieldErrors: { isAList: [aListCapMessage()] } });
    // The draft comes back so the form can show it again.
    if (!created.ok) expect(created.values?.name).toBe(eighth.name);
    expect(await db().person.count({ where: { residentId: resident.id } })).toBe(A_LIST_MAX + 1);

    const offList = personIds[A_LIST_MAX]!;
    expect(await setAList({ personId: offList, isAList: true })).toMatchObject({ ok: false, code: "RULE_VIOLATION", message: aListCapMessage() });
    expect(await updatePerson({ personId: offList, ...personInput({ isAList: true }) })).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    expect((await db().person.findUniqueOrThrow({ where: { id: offList } })).isAList).toBe(false);
    expect(await aListCount(resident.id)).toBe(A_LIST_MAX);

    // Taking someone off makes room again; editing an A-list person keeps them on it.
    okData(await setAList({ personId: personIds[0]!, isAList: false }));
    okData(await setAList({ personId: offList, isAList: true }));
    okData(await updatePerson({ personId: offList, ...personInput({ isAList: true, name: "Dr. Renamed Still Listed" }) }));
    expect(await aListCount(resident.id)).toBe(A_LIST_MAX);
  });

  it("is enforced by the database itself, per resident", async () => {
    const { resident } = await residentWithPeople(A_LIST_MAX, A_LIST_MAX);
    await expect(db().person.create({ data: { residentId: resident.id, name: "Dr. Direct Insert", role: "ATTENDING", isAList: true } })).rejects.toThrow(
      /a_list_cap/,
    );
    // Another resident's full A-list does not count against this one.
    const other = await residentWithPeople(1, 1);
    expect(await aListCount(other.resident.id)).toBe(1);
  });

  it("holds under concurrency: 10 parallel additions with 6 on the list leave exactly 7", async () => {
    const { resident, personIds } = await residentWithPeople(16, 6);
    const candidates = personIds.slice(6);
    expect(candidates).toHaveLength(10);
    await warmPool(10);
    const results = await Promise.all(candidates.map((personId) => setAList({ personId, isAList: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "RULE_VIOLATION")).toHaveLength(9);
    expect(await aListCount(resident.id)).toBe(A_LIST_MAX);
  });
});

describe("touches", () => {
  it("only an email can wait for a reply", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const result = await logTouch({ personId: personIds[0]!, kind: "FOLLOW_UP", channel: "PHONE", occurredOn: "2026-09-01", awaitingReply: "on" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!result.ok) expect(result.fieldErrors?.awaitingReply).toEqual(["Only an email can wait for a reply. Set the channel to Email."]);
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(0);
  });

  it("follow-up days are 7 to 10", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const base = { personId: personIds[0]!, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: "2026-09-01", awaitingReply: true };
    const tooLong = await logTouch({ ...base, followUpDays: 11 });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { followUpDays: ["Pick 7 to 10 days."] } });
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(0);
    const { id } = okData(await logTouch({ ...base, followUpDays: "10" }));
    expect(await db().touch.findUniqueOrThrow({ where: { id } })).toMatchObject({ followUpDays: 10, awaitingReply: true, channel: "EMAIL" });
  });

  it("another resident's person is NOT_FOUND and nothing is written", async () => {
    const owner = await residentWithPeople(1, 0);
    const intruder = await createResident();
    actAs(intruder.id);
    const before = await db().touch.count();
    const result = await logTouch({ personId: owner.personIds[0]!, kind: "CLINICAL_WORK", channel: "IN_PERSON", occurredOn: "2026-09-01" });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().touch.count()).toBe(before);
  });

  it("the composite foreign keys refuse child rows that point at another resident's records", async () => {
    const owner = await residentWithPeople(1, 0);
    const personId = owner.personIds[0]!;
    const meetingId = okData(await planMeeting({ personId, kind: "INTRO", scheduledOn: "2026-09-20" })).id;
    const intruder = await createResident();
    const residentId = intruder.id;
    const occurredOn = new Date("2026-09-01T00:00:00Z");
    await expect(db().touch.create({ data: { residentId, personId, kind: "OTHER", occurredOn } })).rejects.toThrow();
    await expect(db().meeting.create({ data: { residentId, personId, kind: "ADVICE", scheduledOn: occurredOn } })).rejects.toThrow();
    await expect(db().ask.create({ data: { residentId, personId, kind: "INTEL" } })).rejects.toThrow();
    await expect(db().actionItem.create({ data: { residentId, meetingId, text: "Hijack" } })).rejects.toThrow();
    expect(await db().touch.count({ where: { residentId } })).toBe(0);
    expect(await db().actionItem.count({ where: { meetingId } })).toBe(0);
  });
});

describe("meetings", () => {
  it("completing an intro meeting logs one INTRO_MEETING touch, defaults the report-back to +90 days and saves the action items", async () => {
    const { resident, personIds } = await residentWithPeople(1, 1);
    const personId = personIds[0]!;
    const meetingId = okData(await planMeeting({ personId, kind: "INTRO", scheduledOn: "2026-08-03", questions: "What made your letters strong?" })).id;
    const result = await completeMeeting({
      meetingId,
      completedOn: "2026-08-03",
      advice: "Get one letter from a dermatologist before September.",
      actionItems: "Email Dr. Patel about the clinic elective\n\n   Update CV with the QI project  \nRead the 2025 match report",
    });
    expect(result).toMatchObject({ ok: true, message: "Meeting recorded, and logged as a touch." });

    const touches = await db().touch.findMany({ where: { residentId: resident.id } });
    expect(touches).toHaveLength(1);
    const touch = touches[0]!;
    expect(touch).toMatchObject({
      personId,
      kind: "INTRO_MEETING",
      channel: "MEETING",
      notes: "Advice: Get one letter from a dermatologist before September.",
    });
    expect(toDateOnly(touch.occurredOn)).toBe("2026-08-03");

    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { actionItems: { orderBy: { createdAt: "asc" } } } });
    expect(meeting.status).toBe("DONE");
    expect(meeting.touchId).toBe(touch.id);
    expect(toDateOnly(meeting.completedOn!)).toBe("2026-08-03");
    expect(toDateOnly(meeting.reportBackOn!)).toBe("2026-11-01");
    expect(meeting.reportBackOn!.getTime() - meeting.completedOn!.getTime()).toBe(90 * DAY);
    expect(meeting.actionItems.map((i) => [i.text, i.status]).sort()).toEqual([
      ["Email Dr. Patel about the clinic elective", "OPEN"],
      ["Read the 2025 match report", "OPEN"],
      ["Update CV with the QI project", "OPEN"],
    ]);
  });

  it("an advice meeting counts as a follow-up, and an explicit report-back date wins", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const meetingId = okData(await planMeeting({ personId: personIds[0]!, kind: "ADVICE", scheduledOn: "2026-09-10" })).id;
    okData(await completeMeeting({ meetingId, completedOn: "2026-09-11", actionItems: "", reportBackOn: "2026-10-15" }));
    const touch = await db().touch.findFirstOrThrow({ where: { residentId: resident.id } });
    expect(touch).toMatchObject({ kind: "FOLLOW_UP", channel: "MEETING", notes: null });
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(toDateOnly(meeting.reportBackOn!)).toBe("2026-10-15");
    expect(await db().actionItem.count({ where: { meetingId } })).toBe(0);
  });

  it("completing twice is a CONFLICT and writes nothing more", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const meetingId = okData(await planMeeting({ personId: personIds[0]!, kind: "INTRO", scheduledOn: "2026-09-01" })).id;
    okData(await completeMeeting({ meetingId, completedOn: "2026-09-01", actionItems: "Send thank-you note" }));
    const again = await completeMeeting({ meetingId, completedOn: "2026-09-02", actionItems: "Another item" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "This meeting is already marked as done or was cancelled." });
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(1);
    expect((await db().actionItem.findMany({ where: { meetingId } })).map((i) => i.text)).toEqual(["Send thank-you note"]);
    expect(toDateOnly((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).completedOn!)).toBe("2026-09-01");
  });

  it("simultaneous completions of the same meeting (a double-clicked submit) log one touch, not several", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const meetingId = okData(await planMeeting({ personId: personIds[0]!, kind: "INTRO", scheduledOn: "2026-09-01" })).id;
    await warmPool(5);
    const input = { meetingId, completedOn: "2026-09-01", actionItems: "Send thank-you note" };
    const results = await Promise.all(Array.from({ length: 5 }, () => completeMeeting(input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "CONFLICT")).toHaveLength(4);
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(1);
    expect(await db().actionItem.count({ where: { meetingId } })).toBe(1);
  });

  it("the +90 day report-back date does not depend on the server's time zone", async () => {
    const { personIds } = await residentWithPeople(1, 0);
    const meetingId = okData(await planMeeting({ personId: personIds[0]!, kind: "INTRO", scheduledOn: "2027-01-05" })).id;
    // 5 January + 90 days crosses the spring clock change in both Europe and North America.
    vi.stubEnv("TZ", "Europe/Berlin");
    try {
      okData(await completeMeeting({ meetingId, completedOn: "2027-01-05", actionItems: "" }));
    } finally {
      vi.unstubAllEnvs();
    }
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(toDateOnly(meeting.reportBackOn!)).toBe("2027-04-05");
  });

  it("a cancelled meeting cannot be cancelled again", async () => {
    const { personIds } = await residentWithPeople(1, 0);
    const meetingId = okData(await planMeeting({ personId: personIds[0]!, kind: "INTRO", scheduledOn: "2026-09-01" })).id;
    okData(await cancelMeeting({ meetingId }));
    expect(await cancelMeeting({ meetingId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe("CANCELLED");
  });
});

describe("targets", () => {
  const base = { geoStance: "ANYWHERE", unsuccessfulCycles: 1 } as const;

  it("the first save records no history", async () => {
    const resident = await createResident();
    actAs(resident.id);
    expect(await saveTargets({ ...base, specialty: "dermatology" })).toMatchObject({ ok: true, message: "Targets saved." });
    expect(await db().target.findUnique({ where: { residentId: resident.id } })).toMatchObject({ specialty: "dermatology", decision: "UNDECIDED" });
    expect(await db().targetChange.count({ where: { residentId: resident.id } })).toBe(0);
  });

  it("three specialty changes within 30 days are three history rows and trigger the consistency warning", async () => {
    const resident = await createResident();
    const viewer = viewerOf(resident);
    const start = new Date("2026-08-01T12:00:00Z");
    await saveTargetsDal(viewer, { ...base, specialty: "dermatology" }, start);
    const steps = [
      { specialty: "plastic-surgery", at: new Date(start.getTime() + 2 * DAY) },
      { specialty: "ophthalmology", at: new Date(start.getTime() + 15 * DAY) },
      { specialty: "internal-medicine", at: new Date(start.getTime() + 29 * DAY) },
    ] as const;
    for (const step of steps) await saveTargetsDal(viewer, { ...base, specialty: step.specialty }, step.at);
    // Saving the same target again is not a change.
    await saveTargetsDal(viewer, { ...base, specialty: "internal-medicine" }, new Date(start.getTime() + 29 * DAY));

    const rows = await db().targetChange.findMany({ where: { residentId: resident.id }, orderBy: { changedAt: "asc" } });
    expect(rows.map((r) => [r.field, r.fromValue, r.toValue])).toEqual([
      ["SPECIALTY", "dermatology", "plastic-surgery"],
      ["SPECIALTY", "plastic-surgery", "ophthalmology"],
      ["SPECIALTY", "ophthalmology", "internal-medicine"],
    ]);
    const now = steps[2].at;
    expect(consistencyWarning(rows.slice(0, 2), now)).toBeNull();
    expect(consistencyWarning(rows, now)).toMatch(/3 times in the last month/);
    expect((await getTargets(viewer)).history).toHaveLength(3);
  });

  it("setDecision before any target is NOT_FOUND and creates nothing", async () => {
    const resident = await createResident();
    actAs(resident.id);
    expect(await setDecision({ decision: "REAPPLY" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Set your target specialty first, then record the decision.",
    });
    expect(await db().target.count({ where: { residentId: resident.id } })).toBe(0);
    okData(await saveTargets({ ...base, specialty: "neurology" }));
    okData(await setDecision({ decision: "REAPPLY" }));
    expect((await db().target.findUniqueOrThrow({ where: { residentId: resident.id } })).decision).toBe("REAPPLY");
  });

  it('"other" needs a name', async () => {
    const resident = await createResident();
    actAs(resident.id);
    const result = await saveTargets({ ...base, specialty: "other", specialtyOther: "   " });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { specialtyOther: ["Name the specialty."] } });
    expect(await db().target.count({ where: { residentId: resident.id } })).toBe(0);
    okData(await saveTargets({ ...base, specialty: "other", specialtyOther: "Allergy and immunology" }));
    expect((await db().target.findUniqueOrThrow({ where: { residentId: resident.id } })).specialtyOther).toBe("Allergy and immunology");
  });
});

describe("dashboard follow-up reminders", () => {
  it("an unanswered email from 8 days ago is overdue until the reply is marked received", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const viewer = viewerOf(resident);
    const personId = personIds[0]!;
    const now = new Date("2026-09-15T16:45:00Z");
    const sentOn = toDateOnly(new Date(now.getTime() - 8 * DAY));
    const touchId = okData(
      await logTouch({ personId, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: sentOn, awaitingReply: true, notes: "Asked about research openings." }),
    ).id;

    const overdue = (await getDashboard(viewer, now)).week.overdue.filter((i) => i.touchId === touchId);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ type: "awaiting-reply", personId, overdue: true });
    expect(toDateOnly(overdue[0]!.dueOn)).toBe("2026-09-14");

    // Six days after sending it is due soon, not overdue: the injected clock decides.
    const early = (await getDashboard(viewer, new Date(now.getTime() - 2 * DAY))).week;
    expect(early.overdue.some((i) => i.touchId === touchId)).toBe(false);
    expect(early.dueThisWeek.some((i) => i.touchId === touchId && i.type === "awaiting-reply")).toBe(true);

    okData(await markReplyReceived({ touchId, personId }));
    const week = (await getDashboard(viewer, now)).week;
    expect([...week.overdue, ...week.dueThisWeek, ...week.later].some((i) => i.touchId === touchId)).toBe(false);
  });
});

describe("the 3-touch rule counts asks", () => {
  it("a letter asked for and intel agreed count as the concrete ask, on the person, the people list and the dashboard", async () => {
    const { resident, personIds } = await residentWithPeople(1, 1);
    const viewer = viewerOf(resident);
    const personId = personIds[0]!;
    okData(await logTouch({ personId, kind: "CLINICAL_WORK", channel: "IN_PERSON", occurredOn: "2026-09-01", endsOn: "2026-09-28" }));
    okData(await logTouch({ personId, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: "2026-10-05" }));
    okData(await createAsk({ personId, kind: "LETTER", status: "ASKED", askedOn: "2026-10-20", fromPrelimYear: true }));
    okData(await createAsk({ personId, kind: "INTEL", status: "AGREED", askedOn: "2026-10-22", respondedOn: "2026-10-24", fromPrelimYear: true }));
    const now = new Date("2026-11-02T12:00:00Z");

    const detail = await getPerson(viewer, personId, now);
    expect(detail.progress.completed).toBe(3);
    expect(detail.progress.steps.map((s) => [s.key, s.doneOn && toDateOnly(s.doneOn)])).toEqual([
      ["work", "2026-09-01"],
      ["follow-up", "2026-10-05"],
      ["ask", "2026-10-20"],
    ]);
    expect(detail.next.step).toBe("keep-warm");
    expect((await listPeople(viewer, {}, now)).people[0]!.progress.completed).toBe(3);
    expect((await getDashboard(viewer, now)).aList[0]!.progress.completed).toBe(3);
  });

  it("a planned ask is not a touch yet", async () => {
    const { resident, personIds } = await residentWithPeople(1, 1);
    const personId = personIds[0]!;
    okData(await logTouch({ personId, kind: "CLINICAL_WORK", channel: "IN_PERSON", occurredOn: "2026-09-01" }));
    okData(await logTouch({ personId, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: "2026-10-05" }));
    okData(await createAsk({ personId, kind: "LETTER", status: "PLANNED", plannedOn: "2026-11-20", fromPrelimYear: true }));
    expect((await getPerson(viewerOf(resident), personId, new Date("2026-11-02T12:00:00Z"))).progress.completed).toBe(2);
  });
});

describe("new contacts are not born overdue", () => {
  it("an A-list person added on 27 November is due for an intro meeting after that day, not on 12 August", async () => {
    vi.stubEnv("ALLOW_TEST_CLOCK", "1");
    const now = new Date("2026-11-27T10:00:00Z");
    testRequest.cookies.set(TEST_CLOCK_COOKIE, now.toISOString());
    try {
      const resident = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
      actAs(resident.id);
      const personId = okData(await createPerson(personInput({ isAList: true }))).id;
      const detail = await getPerson(viewerOf(resident), personId, now);
      expect(detail.next.label).toBe("Book an intro meeting");
      expect(toDateOnly(detail.next.dueOn!)).toBe("2026-12-11");
      const week = (await getDashboard(viewerOf(resident), now)).week;
      expect(week.overdue.filter((i) => i.personId === personId)).toEqual([]);
    } finally {
      testRequest.cookies.delete(TEST_CLOCK_COOKIE);
    }
  });
});

describe("asks are not duplicated", () => {
  it("a second open ask of the same kind to the same person is refused with a clear message", async () => {
    const { resident, personIds } = await residentWithPeople(1, 1);
    const personId = personIds[0]!;
    okData(await createAsk({ personId, kind: "LETTER", status: "ASKED", askedOn: "2026-10-20", fromPrelimYear: true }));
    const again = await createAsk({ personId, kind: "LETTER", status: "PLANNED", fromPrelimYear: true });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { kind: [expect.stringMatching(/already has an open ask of this kind/i)] } });
    expect(await db().ask.count({ where: { residentId: resident.id, personId } })).toBe(1);
    // Another kind, or the same kind once the first was declined, is a new ask.
    okData(await createAsk({ personId, kind: "INTEL", status: "PLANNED", fromPrelimYear: true }));
    await db().ask.updateMany({ where: { residentId: resident.id, personId, kind: "LETTER" }, data: { status: "DECLINED" } });
    okData(await createAsk({ personId, kind: "LETTER", status: "PLANNED", fromPrelimYear: true }));
  });

  it("is enforced by the database: ten simultaneous submissions leave one ask", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const personId = personIds[0]!;
    await warmPool(10);
    const results = await Promise.all(Array.from({ length: 10 }, () => createAsk({ personId, kind: "ADVOCACY", status: "PLANNED", fromPrelimYear: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "CONFLICT")).toBe(true);
    expect(await db().ask.count({ where: { residentId: resident.id, personId, kind: "ADVOCACY" } })).toBe(1);
  });

  it("editing an ask into a duplicate of another open one is refused and leaves both as they were", async () => {
    const { resident, personIds } = await residentWithPeople(1, 0);
    const personId = personIds[0]!;
    okData(await createAsk({ personId, kind: "LETTER", status: "PLANNED", fromPrelimYear: true }));
    const introId = okData(await createAsk({ personId, kind: "INTRODUCTION", status: "PLANNED", fromPrelimYear: true })).id;
    const result = await updateAsk({ askId: introId, personId, kind: "LETTER", status: "PLANNED", fromPrelimYear: true });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().ask.findMany({ where: { residentId: resident.id }, orderBy: { kind: "asc" }, select: { kind: true } })).map((a) => a.kind)).toEqual([
      "LETTER",
      "INTRODUCTION",
    ]);
  });
});

describe("people list: a page at a time", () => {
  it("shows 50 people per page however many there are, in the same order across pages", async () => {
    const resident = await createResident();
    await db().person.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        residentId: resident.id,
        name: `Dr. ${String(i).padStart(3, "0")} ${faker.person.lastName()}`,
        role: "ATTENDING" as const,
      })),
    });
    const viewer = viewerOf(resident);
    const first = await listPeople(viewer, { sort: "name" }, new Date());
    expect(first.people).toHaveLength(50);
    expect(first).toMatchObject({ page: 1, pageCount: 3, matching: 120, total: 120, from: 1, to: 50 });
    const third = await listPeople(viewer, { sort: "name", page: 3 }, new Date());
    expect(third.people).toHaveLength(20);
    expect(third).toMatchObject({ page: 3, from: 101, to: 120 });
    const all = [first, await listPeople(viewer, { sort: "name", page: 2 }, new Date()), third].flatMap((p) => p.people.map((x) => x.name));
    expect(new Set(all).size).toBe(120);
    expect(all).toEqual([...all].sort());
    // A page past the end shows the last one rather than nothing.
    expect((await listPeople(viewer, { sort: "name", page: 9 }, new Date())).people.map((p) => p.name)).toEqual(third.people.map((p) => p.name));
  });

  it("pages what the filters keep, and counts it apart from everyone", async () => {
    const resident = await createResident();
    await db().person.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        residentId: resident.id,
        name: `Dr. ${i < 55 ? "Keep" : "Other"} ${String(i).padStart(2, "0")}`,
        role: "ATTENDING" as const,
      })),
    });
    const page = await listPeople(viewerOf(resident), { q: "keep", page: 2 }, new Date());
    expect(page).toMatchObject({ page: 2, pageCount: 2, matching: 55, total: 60, from: 51, to: 55 });
    expect(page.people).toHaveLength(5);
  });
});
