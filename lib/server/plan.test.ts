// The year plan against real PostgreSQL: the private calendar feed (through its route handler), rotation prompts
// and the touches they log, PD touchpoints and phases, the late-start plan, the running log and its CSV, rotation
// validation, the weekly digest, and "I sent it" outreach. Authorization: plan-access.test.ts.
import { randomBytes } from "node:crypto";
import { faker } from "@faker-js/faker";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as calendarGET } from "@/app/api/calendar/[token]/route";
import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { createPerson } from "@/lib/actions/people/create-person";
import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { completePrompt } from "@/lib/actions/plan/complete-prompt";
import { deleteLogEntry } from "@/lib/actions/plan/delete-log-entry";
import { logOutreach } from "@/lib/actions/plan/log-outreach";
import { regenerateCalendarFeed } from "@/lib/actions/plan/regenerate-calendar-feed";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import { setDigestEnabled } from "@/lib/actions/plan/set-digest-enabled";
import { setLateStartStep } from "@/lib/actions/plan/set-late-start-step";
import { setPhaseDone } from "@/lib/actions/plan/set-phase-done";
import { updateTouchpoint } from "@/lib/actions/plan/update-touchpoint";
import type { ActionResult } from "@/lib/actions/safe-action";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { setDecision } from "@/lib/actions/targets/set-decision";
import { logTouch } from "@/lib/actions/touches/log-touch";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { addDaysUtc, parseDateOnly, toDateOnly } from "@/lib/dates";
import { logger } from "@/lib/log";
import { OUTREACH_TEMPLATES } from "@/lib/rules/outreach-templates";
import { buildDigest, previewDigest, unsafeSendDueDigests } from "@/lib/server/plan/digest";
import { getYearPlan } from "@/lib/server/plan/get-year-plan";
import { getRunningLog, getRunningLogPage, runningLogCsv } from "@/lib/server/plan/running-log";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident, createUser } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-11-21T15:00:00Z");
const TODAY = toDateOnly(NOW);
const BASE = "http://localhost:3000";
const day = (offset: number) => toDateOnly(addDaysUtc(parseDateOnly(TODAY), offset));

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
function uniqueName(first?: string): string {
  let name: string;
  do name = `Dr. ${first ?? faker.person.firstName()} ${faker.person.lastName()}-${faker.string.alpha(5)}`;
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

/** Creates a person for the signed-in resident; returns id and name. */
async function person(overrides: Record<string, unknown> = {}) {
  const input = personInput(overrides);
  return { id: okData(await createPerson(input)).id, name: input.name as string };
}

/** A new resident, signed in. */
async function signedInResident(): Promise<User> {
  const resident = await createResident();
  actAs(resident.id);
  return resident;
}

async function newFeedToken(): Promise<string> {
  const { url } = okData(await regenerateCalendarFeed({}));
  const token = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url ?? "")?.[1];
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

function fetchFeed(token: string): Promise<Response> {
  return calendarGET(new Request(`http://localhost/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
}

type ParsedEvent = { uid: string; summary: string; dtstartType: string; dtstart: string; dtend: string | null };

/** Parses an ICS body with ical.js: the root component's name and its events. */
function parseCalendar(body: string): { name: string; version: unknown; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(body) as unknown[]);
  const events = root.getAllSubcomponents("vevent").map((vevent) => {
    const start = vevent.getFirstProperty("dtstart");
    const end = vevent.getFirstPropertyValue("dtend");
    return {
      uid: String(vevent.getFirstPropertyValue("uid") ?? ""),
      summary: String(vevent.getFirstPropertyValue("summary") ?? ""),
      dtstartType: start?.type ?? "missing",
      dtstart: start ? String(start.getFirstValue()) : "",
      dtend: end ? String(end) : null,
    };
  });
  return { name: root.name, version: root.getFirstPropertyValue("version"), events };
}

async function feedEvents(token: string) {
  const response = await fetchFeed(token);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
  const calendar = parseCalendar(await response.text());
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.version).toBe("2.0");
  return calendar.events;
}

describe("calendar feed", () => {
  type Arranged = {
    resident: User;
    token: string;
    followUp: string;
    meetingWith: string;
    meetingOn: string;
    rotationService: string;
    attending: string;
    names: string[];
  };

  /** A plan with a follow-up awaiting a reply, a planned meeting, an undecided target and a rotation with an A-list attending. */
  async function arrange(firstName: string): Promise<Arranged> {
    const resident = await signedInResident();
    okData(await saveTargets({ specialty: "neurology", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }));
    const emailed = await person({ name: uniqueName(firstName), isAList: true });
    okData(await logTouch({ personId: emailed.id, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: day(-3), awaitingReply: true }));
    const mentor = await person({ name: uniqueName(firstName) });
    const meetingOn = day(12);
    okData(await planMeeting({ personId: mentor.id, kind: "INTRO", scheduledOn: meetingOn }));
    const attending = await person({ name: uniqueName(firstName), isAList: true });
    const rotationService = `Stroke service ${faker.string.alpha(8)}`;
    okData(await saveRotation({ startsOn: "2027-01-04", endsOn: "2027-01-31", service: rotationService, attendingIds: [attending.id] }));
    const token = await newFeedToken();
    return {
      resident,
      token,
      followUp: emailed.name,
      meetingWith: mentor.name,
      meetingOn,
      rotationService,
      attending: attending.name,
      names: [emailed.name, mentor.name, attending.name],
    };
  }

  let a: Arranged;
  let b: Arranged;
  beforeAll(async () => {
    vi.stubEnv("ALLOW_TEST_CLOCK", "1");
    testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
    a = await arrange("Annabel");
    b = await arrange("Zephyrine");
    actAs(null);
  });

  it("folds every line at 75 octets (RFC 5545), never inside a multibyte letter", async () => {
    await signedInResident();
    // Accents and Greek letters: 2 bytes each in UTF-8, so a line of 75 characters is far more than 75 octets.
    const longName = "Dr. Zoë Παπαδοπούλου-Łukaszewicz Ñúñez Οικονομίδου Αλεξανδροπούλου";
    const rotation = `Ωτορινολαρυγγολογία και χειρουργική κεφαλής ${faker.string.alpha(6)}`;
    okData(
      await saveRotation({
        startsOn: "2027-02-01",
        endsOn: "2027-02-26",
        service: rotation,
        attendingIds: [(await person({ name: longName, isAList: true })).id],
      }),
    );
    const token = await newFeedToken();
    actAs(null);
    const body = await (await fetchFeed(token)).text();
    const lines = body.split("\r\n");
    const longest = Math.max(...lines.map((l) => Buffer.byteLength(l)));
    expect(longest).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(body).not.toContain("\uFFFD");
    const summaries = parseCalendar(body).events.map((e) => e.summary);
    expect(summaries).toContain(`Prepare for this rotation (${rotation})`);
  });

  it("serves A's follow-up, meeting, touchpoint, decision and rotation prompts as all-day events", async () => {
    const events = await feedEvents(a.token);
    const summaries = events.map((e) => e.summary);
    expect(summaries.some((s) => s.startsWith(`Follow up with ${a.followUp}`))).toBe(true);
    expect(summaries).toContain(`Intro meeting with ${a.meetingWith}`);
    // One event per PD touchpoint (there used to be an "opens" event as well as the reminder).
    expect(summaries.filter((s) => s === "Early meeting with the program director")).toHaveLength(1);
    expect(summaries.filter((s) => s.includes("Early meeting"))).toHaveLength(1);
    expect(summaries).toContain("Decide: reapply or pivot");
    for (const prompt of ["Prepare for this rotation", "Ask for feedback after week one", "Ask about a letter before the rotation ends"]) {
      expect(summaries).toContain(`${prompt} (${a.rotationService})`);
    }
    for (const e of events) {
      expect(e.uid, e.summary).not.toBe("");
      expect(e.summary).not.toBe("");
      expect({ summary: e.summary, type: e.dtstartType }).toEqual({ summary: e.summary, type: "date" });
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // The meeting is on its own day, whatever the server's time zone, and lasts that one day.
    const meeting = events.find((e) => e.summary === `Intro meeting with ${a.meetingWith}`)!;
    expect(meeting.dtstart).toBe(a.meetingOn);
    expect(meeting.dtend).toBe(toDateOnly(addDaysUtc(parseDateOnly(a.meetingOn), 1)));
    const before = events.find((e) => e.summary === `Prepare for this rotation (${a.rotationService})`)!;
    expect(before.dtstart).toBe("2026-12-28");
  });

  it("never carries another resident's people or rotations", async () => {
    const aBody = await (await fetchFeed(a.token)).text();
    for (const secret of [...b.names, b.rotationService]) expect(aBody).not.toContain(secret);
    const bBody = await (await fetchFeed(b.token)).text();
    for (const secret of [...a.names, a.rotationService]) expect(bBody).not.toContain(secret);
    // B's own feed does name B's people, so the absence above is about whose feed it is.
    expect(parseCalendar(bBody).events.map((e) => e.summary)).toContain(`Intro meeting with ${b.meetingWith}`);
  });

  it("a regenerated token replaces the old one, and a disabled feed is gone", async () => {
    const resident = await signedInResident();
    const first = await newFeedToken();
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await newFeedToken();
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(okData(await regenerateCalendarFeed({ disable: true }))).toEqual({ url: null });
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await db().calendarFeed.count({ where: { residentId: resident.id } })).toBe(0);
    // Only a hash is stored, never the token itself.
    const third = await newFeedToken();
    const row = await db().calendarFeed.findUniqueOrThrow({ where: { residentId: resident.id } });
    expect(row.tokenHash).not.toContain(third);
  });

  it.each([
    ["a malformed token", "not a token!"],
    ["a too-short token", "abc"],
    ["a path-like token", "..%2F..%2Fetc%2Fpasswd"],
    ["a random well-formed token", randomBytes(24).toString("base64url")],
  ])("%s is 404", async (_label, token) => {
    const response = await calendarGET(new Request(`http://localhost/api/calendar/${encodeURIComponent(token)}.ics`), {
      params: Promise.resolve({ token: `${token}.ics` }),
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type") ?? "").not.toMatch(/text\/calendar/);
  });

  it("a plan with nothing dated is still a valid, parseable calendar", async () => {
    await signedInResident();
    const token = await newFeedToken();
    // A fresh plan has only the PD touchpoints.
    const fresh = await feedEvents(token);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((e) => e.uid.includes("touchpoint"))).toBe(true);
    for (const key of ["early", "mid-year", "pre-soap"] as const) okData(await updateTouchpoint({ key, status: "SKIPPED" }));
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(parseCalendar(body)).toMatchObject({ name: "vcalendar", version: "2.0", events: [] });
    expect(body).toMatch(/PRODID:/);
  });

  // RFC 5545, 3.8.4.7: a UID MUST be globally unique. Two residents' feeds (say, a couple who are both residents and
  // share one calendar app) must not name different events with the same UID, or clients merge or drop them.
  it("no UID is shared between two residents' feeds", async () => {
    const aUids = (await feedEvents(a.token)).map((e) => e.uid);
    const bUids = new Set((await feedEvents(b.token)).map((e) => e.uid));
    expect(aUids.filter((uid) => bUids.has(uid))).toEqual([]);
  });
});

describe("rotation prompts", () => {
  it("week-one logs one CLINICAL_WORK touch per A-list attending for the rotation's dates, once", async () => {
    const resident = await signedInResident();
    const first = await person({ isAList: true });
    const second = await person({ isAList: true });
    const offList = await person();
    const rotationId = okData(
      await saveRotation({ startsOn: "2026-12-07", endsOn: "2027-01-03", service: "Rheumatology clinic", attendingIds: [first.id, second.id, offList.id] }),
    ).id;

    expect(okData(await completePrompt({ rotationId, promptKey: "week-one", logTouch: true }))).toEqual({ touches: 2 });
    const touches = await db().touch.findMany({ where: { residentId: resident.id } });
    expect(touches).toHaveLength(2);
    expect(touches.map((t) => t.personId).sort()).toEqual([first.id, second.id].sort());
    for (const t of touches) {
      expect(t.kind).toBe("CLINICAL_WORK");
      expect(toDateOnly(t.occurredOn)).toBe("2026-12-07");
      expect(t.endsOn && toDateOnly(t.endsOn)).toBe("2027-01-03");
    }
    const completion = await db().rotationPromptCompletion.findUniqueOrThrow({ where: { rotationId_promptKey: { rotationId, promptKey: "week-one" } } });
    expect(toDateOnly(completion.completedOn)).toBe(TODAY);
    expect(touches.map((t) => t.id)).toContain(completion.touchId);

    const again = await completePrompt({ rotationId, promptKey: "week-one", logTouch: true });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(2);
    expect(await db().rotationPromptCompletion.count({ where: { rotationId } })).toBe(1);

    expect(okData(await completePrompt({ rotationId, promptKey: "before", logTouch: true }))).toEqual({ touches: 0 });
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(2);
    expect(
      (await db().rotationPromptCompletion.findUniqueOrThrow({ where: { rotationId_promptKey: { rotationId, promptKey: "before" } } })).touchId,
    ).toBeNull();

    const plan = await getYearPlan(viewerOf(resident), NOW);
    const prompts = plan.rotations.find((r) => r.id === rotationId)!.prompts;
    expect(prompts.map((p) => [p.key, p.doneOn && toDateOnly(p.doneOn)])).toEqual([
      ["before", TODAY],
      ["week-one", TODAY],
      ["end", null],
    ]);
  });

  it("two concurrent completions of the same prompt log the touches once", async () => {
    const resident = await signedInResident();
    const attending = await person({ isAList: true });
    const rotationId = okData(
      await saveRotation({ startsOn: "2026-11-02", endsOn: "2026-11-29", service: "Infectious disease", attendingIds: [attending.id] }),
    ).id;
    const results = await Promise.all([1, 2, 3].map(() => completePrompt({ rotationId, promptKey: "week-one", logTouch: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "CONFLICT")).toHaveLength(2);
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(1);
  });

  it("the end prompt without logTouch logs nothing", async () => {
    const resident = await signedInResident();
    const attending = await person({ isAList: true });
    const rotationId = okData(await saveRotation({ startsOn: "2026-10-05", endsOn: "2026-11-01", service: "Hematology", attendingIds: [attending.id] })).id;
    expect(okData(await completePrompt({ rotationId, promptKey: "end", logTouch: false }))).toEqual({ touches: 0 });
    expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(0);
    expect(await db().rotationPromptCompletion.count({ where: { rotationId } })).toBe(1);
  });

  it("a rotation without an A-list attending has no prompts", async () => {
    const resident = await signedInResident();
    const offList = await person();
    const listed = await person({ isAList: true });
    const plain = okData(await saveRotation({ startsOn: "2027-02-01", endsOn: "2027-02-28", service: "Night float", attendingIds: [offList.id] })).id;
    const none = okData(await saveRotation({ startsOn: "2027-03-01", endsOn: "2027-03-28", service: "Ambulatory" })).id;
    const peak = okData(await saveRotation({ startsOn: "2027-04-05", endsOn: "2027-05-02", service: "MICU", attendingIds: [listed.id, offList.id] })).id;
    const plan = await getYearPlan(viewerOf(resident), NOW);
    const byId = new Map(plan.rotations.map((r) => [r.id, r]));
    expect(byId.get(plain)).toMatchObject({ peak: false, prompts: [] });
    expect(byId.get(none)).toMatchObject({ peak: false, prompts: [] });
    expect(byId.get(peak)?.peak).toBe(true);
    expect(byId.get(peak)?.prompts.map((p) => p.key)).toEqual(["before", "week-one", "end"]);
  });
});

describe("PD touchpoints and phases", () => {
  it("DONE needs a date, and saving twice keeps one row", async () => {
    const resident = await signedInResident();
    const missing = await updateTouchpoint({ key: "mid-year", status: "DONE" });
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { onDate: ["Add the date you met."] } });
    expect(await db().pdTouchpoint.count({ where: { residentId: resident.id } })).toBe(0);

    okData(await updateTouchpoint({ key: "mid-year", status: "PLANNED", notes: "Ask about the research elective." }));
    okData(await updateTouchpoint({ key: "mid-year", status: "DONE", onDate: "2026-11-18", notes: "She offered to call the neurology PD." }));
    const rows = await db().pdTouchpoint.findMany({ where: { residentId: resident.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: "mid-year", status: "DONE", notes: "She offered to call the neurology PD." });
    expect(toDateOnly(rows[0]!.onDate!)).toBe("2026-11-18");
    const plan = await getYearPlan(viewerOf(resident), NOW);
    expect(plan.touchpoints.find((t) => t.key === "mid-year")).toMatchObject({ status: "DONE", state: "done" });
    expect(plan.touchpoints.find((t) => t.key === "early")).toMatchObject({ status: "PLANNED", state: "missed" });
  });

  it("'decide' is done once a decision is recorded; a manual phase toggles", async () => {
    const resident = await signedInResident();
    const phase = async (key: string) => (await getYearPlan(viewerOf(resident), NOW)).phases.find((p) => p.key === key)!;
    expect(await phase("decide")).toMatchObject({ done: false, auto: false });
    okData(await saveTargets({ specialty: "dermatology", geoStance: "ANYWHERE", unsuccessfulCycles: 1 }));
    expect(await phase("decide")).toMatchObject({ done: false, auto: false });
    okData(await setDecision({ decision: "REAPPLY" }));
    expect(await phase("decide")).toMatchObject({ done: true, auto: true, manual: false, state: "done" });

    expect(await phase("finalize")).toMatchObject({ done: false, manual: false });
    okData(await setPhaseDone({ key: "finalize", done: true }));
    expect(await phase("finalize")).toMatchObject({ done: true, manual: true, state: "done" });
    okData(await setPhaseDone({ key: "finalize", done: true }));
    expect(await db().phaseCompletion.count({ where: { residentId: resident.id } })).toBe(1);
    okData(await setPhaseDone({ key: "finalize", done: false }));
    expect(await phase("finalize")).toMatchObject({ done: false, manual: false });
    expect(await db().phaseCompletion.count({ where: { residentId: resident.id } })).toBe(0);
  });
});

describe("late start", () => {
  async function residentJoinedOn(iso: string) {
    const resident = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    await db().residentProfile.update({ where: { userId: resident.id }, data: { joinedOn: parseDateOnly(iso) } });
    return resident;
  }

  it("a resident who joined in December gets the compressed plan, dated from the day they joined", async () => {
    const resident = await residentJoinedOn("2026-12-10");
    const plan = await getYearPlan(viewerOf(resident), new Date("2026-12-15T12:00:00Z"));
    expect(plan.lateStart).not.toBeNull();
    expect(plan.lateStart!.steps.map((s) => s.key)).toEqual(["pick-faculty", "see-pd", "hold-meetings", "ask-support", "secure-letters"]);
    expect(toDateOnly(plan.lateStart!.steps[0]!.dueOn)).toBe("2026-12-13");
    expect(plan.lateStart!.steps.every((s) => !s.done)).toBe(true);
  });

  it("a resident who joined in the first weeks, or whose join date is unknown, does not", async () => {
    const now = new Date("2026-12-15T12:00:00Z");
    expect((await getYearPlan(viewerOf(await residentJoinedOn("2026-08-12")), now)).lateStart).toBeNull();
    expect((await getYearPlan(viewerOf(await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) })), now)).lateStart).toBeNull();
  });

  it("the line falls after the first eight weeks (26 August for a July start)", async () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect((await getYearPlan(viewerOf(await residentJoinedOn("2026-08-26")), now)).lateStart).toBeNull();
    expect((await getYearPlan(viewerOf(await residentJoinedOn("2026-08-27")), now)).lateStart).not.toBeNull();
  });

  it("steps tick off and back on, once each, and the plan and the dashboard show it", async () => {
    const resident = await residentJoinedOn("2026-11-20");
    actAs(resident.id);
    okData(await setLateStartStep({ key: "see-pd", done: true }));
    okData(await setLateStartStep({ key: "see-pd", done: true }));
    expect(await db().lateStartStep.findMany({ where: { residentId: resident.id }, select: { stepKey: true, doneOn: true } })).toEqual([
      { stepKey: "see-pd", doneOn: parseDateOnly(TODAY) },
    ]);
    const plan = await getYearPlan(viewerOf(resident), NOW);
    expect(plan.lateStart!.steps.filter((s) => s.done).map((s) => s.key)).toEqual(["see-pd"]);
    const digest = await buildDigest(resident.id, resident.name, NOW, BASE);
    expect([...digest.overdue, ...digest.thisWeek].map((i) => i.title)).not.toContain("Talk to your program director this week");
    okData(await setLateStartStep({ key: "see-pd", done: false }));
    expect(await db().lateStartStep.count({ where: { residentId: resident.id } })).toBe(0);
    expect(await setLateStartStep({ key: "write-a-novel", done: true })).toMatchObject({ ok: false, code: "VALIDATION" });
    actAs(null);
  });
});

describe("running log", () => {
  const CSV_HEADER = "month,date,rotation_or_service,key_faculty,action_taken,next_step,source";

  let resident: User;
  let entryId: string;
  let touchId: string;
  let rotationId: string;
  let faculty: string;
  beforeAll(async () => {
    vi.stubEnv("ALLOW_TEST_CLOCK", "1");
    testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
    resident = await signedInResident();
    const attending = await person({ isAList: true, department: "Department of Nephrology" });
    faculty = attending.name;
    rotationId = okData(
      await saveRotation({ startsOn: "2026-09-01", endsOn: "2026-09-30", service: "Nephrology consults", site: "VA hospital", attendingIds: [attending.id] }),
    ).id;
    touchId = okData(
      await logTouch({
        personId: attending.id,
        kind: "CLINICAL_WORK",
        channel: "IN_PERSON",
        occurredOn: "2026-09-10",
        notes: "Admitted the AKI patients together.",
      }),
    ).id;
    const meetingId = okData(await planMeeting({ personId: attending.id, kind: "ADVICE", scheduledOn: "2026-10-12" })).id;
    okData(await completeMeeting({ meetingId, completedOn: "2026-10-12", advice: "Write up the hyperkalemia case.", actionItems: "Draft the case report" }));
    entryId = okData(
      await addLogEntry({
        occurredOn: "2026-11-03",
        service: "Wards",
        faculty: "Chief residents",
        action: "Presented at morning report",
        nextStep: "Share the slides",
      }),
    ).id;
    actAs(null);
  });

  it("brings touches, completed meetings, rotations and manual rows together, newest first", async () => {
    const { rows, months } = await getRunningLog(viewerOf(resident), null);
    expect(rows.map((r) => [toDateOnly(r.date), r.source])).toEqual([
      ["2026-11-03", "manual"],
      ["2026-10-12", "meeting"],
      ["2026-09-10", "touch"],
      ["2026-09-01", "rotation"],
    ]);
    expect(months).toEqual(["2026-11", "2026-10", "2026-09"]);
    expect(rows.find((r) => r.source === "manual")).toMatchObject({
      id: entryId,
      service: "Wards",
      faculty: "Chief residents",
      action: "Presented at morning report",
      nextStep: "Share the slides",
    });
    expect(rows.find((r) => r.source === "meeting")).toMatchObject({
      faculty,
      action: "Advice meeting: Write up the hyperkalemia case.",
      nextStep: "Draft the case report",
      id: null,
    });
    expect(rows.find((r) => r.source === "rotation")).toMatchObject({ service: "Nephrology consults", faculty, action: "Rotation started at VA hospital" });
    expect(rows.find((r) => r.source === "touch" && toDateOnly(r.date) === "2026-09-10")).toMatchObject({ service: "Nephrology consults", faculty, id: null });
  });

  it("one completed meeting is one row, not a meeting row and a touch row", async () => {
    const meetingRows = (await getRunningLog(viewerOf(resident), "2026-10")).rows;
    expect(meetingRows).toHaveLength(1);
    expect(meetingRows[0]).toMatchObject({ source: "meeting", faculty, action: "Advice meeting: Write up the hyperkalemia case." });
    // The touch the meeting logged still exists for the 3-touch rule; the log just does not show it twice.
    expect(await db().touch.count({ where: { residentId: resident.id, occurredOn: parseDateOnly("2026-10-12") } })).toBe(1);
  });

  it("filters by month", async () => {
    expect((await getRunningLog(viewerOf(resident), "2026-11")).rows.map((r) => r.source)).toEqual(["manual"]);
    expect((await getRunningLog(viewerOf(resident), "2026-09")).rows.map((r) => r.source)).toEqual(["touch", "rotation"]);
    const empty = await getRunningLog(viewerOf(resident), "2027-03");
    expect(empty.rows).toEqual([]);
    expect(empty.months).toHaveLength(3);
  });

  it("exports a CSV with the documented header and one line per row", async () => {
    const { rows } = await getRunningLog(viewerOf(resident), null);
    const csv = runningLogCsv(rows);
    // A UTF-8 byte-order mark first, so Excel reads the names right.
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\n")[0]).toBe(CSV_HEADER);
    const lines = parseCsv(csv, { bom: true }) as string[][];
    expect(lines).toHaveLength(rows.length + 1);
    const records = parseCsv(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(records.map((r) => [r.date, r.source])).toEqual(rows.map((r) => [toDateOnly(r.date), r.source]));
    expect(records[0]).toEqual({
      month: "2026-11",
      date: "2026-11-03",
      rotation_or_service: "Wards",
      key_faculty: "Chief residents",
      action_taken: "Presented at morning report",
      next_step: "Share the slides",
      source: "manual",
    });
    expect(parseCsv(runningLogCsv([]), { bom: true }) as string[][]).toEqual([CSV_HEADER.split(",")]);
  });

  it("a touch after a rotation has ended is not filed under that rotation", async () => {
    const other = await signedInResident();
    const attending = await person({ department: "Department of Neurology" });
    okData(await saveRotation({ startsOn: "2026-08-03", endsOn: "2026-08-30", service: "Cardiology consults", attendingIds: [attending.id] }));
    okData(await logTouch({ personId: attending.id, kind: "UPDATE", channel: "EMAIL", occurredOn: "2026-10-01" }));
    const rows = (await getRunningLog(viewerOf(other), "2026-10")).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.service).toBe("Department of Neurology");
  });

  it("deleteLogEntry deletes the viewer's manual rows only", async () => {
    actAs(resident.id);
    // Derived rows (a touch, a rotation) have no log entry to delete.
    expect(await deleteLogEntry({ entryId: touchId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteLogEntry({ entryId: rotationId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().touch.count({ where: { id: touchId } })).toBe(1);
    expect(await db().rotation.count({ where: { id: rotationId } })).toBe(1);
    // Another resident's manual row is not found either.
    const stranger = await signedInResident();
    const strangerEntry = okData(await addLogEntry({ occurredOn: "2026-11-04", action: "Shadowed in clinic" })).id;
    actAs(resident.id);
    expect(await deleteLogEntry({ entryId: strangerEntry })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().logEntry.count({ where: { id: strangerEntry, residentId: stranger.id } })).toBe(1);

    okData(await deleteLogEntry({ entryId }));
    expect(await db().logEntry.count({ where: { id: entryId } })).toBe(0);
    expect((await getRunningLog(viewerOf(resident), null)).rows.map((r) => r.source)).toEqual(["meeting", "touch", "rotation"]);
    expect(await deleteLogEntry({ entryId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("rotation validation", () => {
  it.each([
    ["ends before it starts", "2027-01-10", "2027-01-09", "The rotation ends before it starts."],
    ["lasts 93 days", "2027-01-01", "2027-04-04", "A rotation lasts at most three months; split longer blocks."],
  ])("a rotation that %s is VALIDATION on endsOn and is not saved", async (_label, startsOn, endsOn, message) => {
    const resident = await signedInResident();
    const result = await saveRotation({ startsOn, endsOn, service: "Geriatrics" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endsOn: [message] } });
    expect(await db().rotation.count({ where: { residentId: resident.id } })).toBe(0);
  });

  it("accepts a one-day rotation and one of exactly 92 days", async () => {
    const resident = await signedInResident();
    okData(await saveRotation({ startsOn: "2027-01-10", endsOn: "2027-01-10", service: "Procedure day" }));
    okData(await saveRotation({ startsOn: "2027-01-01", endsOn: "2027-04-03", service: "Research block" }));
    expect(await db().rotation.count({ where: { residentId: resident.id } })).toBe(2);
  });

  it("an update that breaks the rules leaves the rotation as it was", async () => {
    await signedInResident();
    const rotationId = okData(await saveRotation({ startsOn: "2027-01-04", endsOn: "2027-01-31", service: "Endocrinology" })).id;
    const before = await db().rotation.findUniqueOrThrow({ where: { id: rotationId } });
    expect(await saveRotation({ rotationId, startsOn: "2027-01-04", endsOn: "2027-06-30", service: "Endocrinology" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await db().rotation.findUniqueOrThrow({ where: { id: rotationId } })).toEqual(before);
  });
});

describe("weekly digest", () => {
  let resident: User;
  let followUpName: string;
  let meetingName: string;
  beforeAll(async () => {
    vi.stubEnv("ALLOW_TEST_CLOCK", "1");
    testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
    resident = await signedInResident();
    const emailed = await person();
    // Known since before the email, so its follow-up counts from the email, not from the day they were added.
    await db().person.update({ where: { id: emailed.id }, data: { createdAt: new Date(NOW.getTime() - 60 * 86_400_000) } });
    followUpName = emailed.name;
    okData(await logTouch({ personId: emailed.id, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: day(-20), awaitingReply: true }));
    const mentor = await person();
    meetingName = mentor.name;
    okData(await planMeeting({ personId: mentor.id, kind: "INTRO", scheduledOn: day(3) }));
    actAs(null);
  });

  it("lists an overdue follow-up under overdue and a meeting in three days under this week", async () => {
    const digest = await buildDigest(resident.id, resident.name, NOW, BASE);
    const overdue = digest.overdue.map((e) => e.title);
    const thisWeek = digest.thisWeek.map((e) => e.title);
    expect(overdue.some((t) => t.startsWith(`Follow up with ${followUpName}`))).toBe(true);
    expect(thisWeek).toContain(`Intro meeting with ${meetingName}`);
    expect(overdue).not.toContain(`Intro meeting with ${meetingName}`);
    expect(thisWeek.some((t) => t.includes(followUpName))).toBe(false);
    expect(digest.text).toContain(`Hello ${resident.name.split(" ")[0]},`);
    expect(digest.text).toContain(`Intro meeting with ${meetingName}`);
    expect(digest.text).toContain(`${BASE}/settings`);
    expect(digest.subject).toBe(`Your week: ${overdue.length + thisWeek.length} items due`);
  });

  it("previewDigest shows whether the digest is on", async () => {
    expect(await previewDigest(viewerOf(resident), NOW, BASE)).toMatchObject({ enabled: true, lastSentAt: null });
    const quiet = await signedInResident();
    okData(await setDigestEnabled({ enabled: false }));
    expect(await previewDigest(viewerOf(quiet), NOW, BASE)).toMatchObject({ enabled: false });
    okData(await setDigestEnabled({ enabled: true }));
    expect((await previewDigest(viewerOf(quiet), NOW, BASE)).enabled).toBe(true);
  });

  it("without SMTP, logs one digest per opted-in resident at their chosen time, at most once a week", async () => {
    vi.stubEnv("SMTP_URL", "");
    const optedOut = await signedInResident();
    okData(await setDigestEnabled({ enabled: false }));
    const advisor = await createAdvisor();
    const notOnboarded = await createUser({ role: "RESIDENT" });
    // Every resident chose Saturdays at 14:00 UTC the day before: NOW (Saturday 15:00Z) is past their first slot.
    await db().user.updateMany({
      where: { role: "RESIDENT" },
      data: { digestWeekday: 6, digestHour: 14, timeZone: "UTC", digestScheduledAt: new Date(NOW.getTime() - 86_400_000) },
    });
    actAs(null);
    const info = vi.spyOn(logger, "info");
    try {
      const sent = await unsafeSendDueDigests(NOW, BASE);
      const stamped = await db().user.findMany({ where: { lastDigestAt: NOW }, select: { id: true, email: true } });
      expect(sent).toBe(stamped.length);
      expect(stamped.map((u) => u.id)).toContain(resident.id);
      for (const u of [optedOut, advisor, notOnboarded]) expect(stamped.map((s) => s.id)).not.toContain(u.id);
      expect(await db().user.count({ where: { lastDigestAt: { not: null }, NOT: { lastDigestAt: NOW } } })).toBe(0);
      // Every opted-in resident with a profile got one.
      const optedIn = await db().user.findMany({ where: { role: "RESIDENT", digestEnabled: true, residentProfile: { isNot: null } }, select: { id: true } });
      expect(stamped.map((u) => u.id).sort()).toEqual(optedIn.map((u) => u.id).sort());
      // Logged, not sent: one log line per digest, addressed to the resident.
      const logged = info.mock.calls
        .map((call) => call[0] as unknown)
        .filter((arg): arg is { to: string; subject: string } => typeof arg === "object" && arg !== null && "to" in arg);
      expect(logged).toHaveLength(sent);
      expect(logged.map((l) => l.to)).toContain(resident.email);

      info.mockClear();
      expect(await unsafeSendDueDigests(new Date(NOW.getTime() + 6 * 86_400_000), BASE)).toBe(0);
      expect(info.mock.calls).toHaveLength(0);
      expect((await db().user.findUniqueOrThrow({ where: { id: resident.id } })).lastDigestAt).toEqual(NOW);
    } finally {
      info.mockRestore();
    }
    // A week and a day later it is due again.
    const later = new Date(NOW.getTime() + 8 * 86_400_000);
    expect(await unsafeSendDueDigests(later, BASE)).toBeGreaterThan(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: resident.id } })).lastDigestAt).toEqual(later);
    expect((await db().user.findUniqueOrThrow({ where: { id: optedOut.id } })).lastDigestAt).toBeNull();
  });
});

describe("logOutreach", () => {
  it.each(["thank-you-update", "letter-request", "pd-mid-year-update"] as const)(
    "%s logs the template's touch as an email awaiting a reply",
    async (templateKey) => {
      const resident = await signedInResident();
      const recipient = await person();
      const touch = okData(await logOutreach({ personId: recipient.id, templateKey, subject: "Following up on our month in clinic" }));
      const row = await db().touch.findUniqueOrThrow({ where: { id: touch.id } });
      expect(row).toMatchObject({
        residentId: resident.id,
        personId: recipient.id,
        kind: OUTREACH_TEMPLATES[templateKey].touchKind,
        channel: "EMAIL",
        awaitingReply: true,
        notes: "Sent: Following up on our month in clinic",
      });
      expect(toDateOnly(row.occurredOn)).toBe(TODAY);
      expect(await db().touch.count({ where: { residentId: resident.id } })).toBe(1);
    },
  );

  it("another resident's person is NOT_FOUND and no touch is logged", async () => {
    await signedInResident();
    const theirs = await person();
    const before = await db().touch.count();
    await signedInResident();
    expect(await logOutreach({ personId: theirs.id, templateKey: "thank-you-update" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().touch.count()).toBe(before);
  });
});

describe("running log page: a page at a time", () => {
  it("shows 50 rows per page, newest first, while the CSV keeps every row", async () => {
    const resident = await createResident();
    // 70 hand-written rows, one a day from 2026-08-01: 31 in August, 30 in September, 9 in October.
    await db().logEntry.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        residentId: resident.id,
        occurredOn: addDaysUtc(parseDateOnly("2026-08-01"), i),
        action: `Row ${String(i).padStart(2, "0")}: ${faker.lorem.words(3)}`,
      })),
    });
    const viewer = viewerOf(resident);
    const first = await getRunningLogPage(viewer, null, undefined);
    expect(first.rows).toMatchObject({ page: 1, pageCount: 2, total: 70, from: 1, to: 50 });
    expect(first.rows.items).toHaveLength(50);
    expect(first.rows.items[0]!.action).toMatch(/^Row 69/);
    const second = await getRunningLogPage(viewer, null, 2);
    expect(second.rows.items.map((r) => r.action.slice(0, 6))).toEqual(Array.from({ length: 20 }, (_, i) => `Row ${String(19 - i).padStart(2, "0")}`));
    expect(first.months).toEqual(["2026-10", "2026-09", "2026-08"]);
    // One month fits on a page; the export still has all 70 rows.
    expect((await getRunningLogPage(viewer, "2026-09", undefined)).rows).toMatchObject({ pageCount: 1, total: 30 });
    expect((await getRunningLog(viewer, null)).rows).toHaveLength(70);
  });
});
