// "What is due" told the same way everywhere: the dashboard, the weekly digest, the calendar feed (ICS) and the
// advisor's summary and packet are all views of one list, computed once for a resident and a date. Arranged with a
// little of everything that produces a due item, including the cases that used to disagree: rotation prompts from
// months ago (hidden on the dashboard, listed by the digest) and the early PD touchpoint (listed twice).
import { faker } from "@faker-js/faker";
import ICAL from "ical.js";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { completeMeeting } from "@/lib/actions/meetings/complete-meeting";
import { planMeeting } from "@/lib/actions/meetings/plan-meeting";
import { createPerson } from "@/lib/actions/people/create-person";
import { completeOnboarding } from "@/lib/actions/profile/complete-onboarding";
import { regenerateCalendarFeed } from "@/lib/actions/plan/regenerate-calendar-feed";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import type { ActionResult } from "@/lib/actions/safe-action";
import { saveTargets } from "@/lib/actions/targets/save-targets";
import { logTouch } from "@/lib/actions/touches/log-touch";
import type { ResidentViewer, Viewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { addDaysUtc, parseDateOnly, toDateOnly } from "@/lib/dates";
import { getAdvisedPacket } from "@/lib/server/advisors/get-advised-packet";
import { getAdvisorHome } from "@/lib/server/advisors/get-advisor-home";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { calendarForToken } from "@/lib/server/plan/calendar-feed";
import { buildDigest } from "@/lib/server/plan/digest";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor, createResident, createUser } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const BASE = "http://localhost:3000";
const NOW = new Date("2026-11-27T10:00:00Z");
const TODAY = toDateOnly(NOW);
const day = (offset: number) => toDateOnly(addDaysUtc(parseDateOnly(TODAY), offset));
const ALL_SCOPES = ["targets", "plan_b", "people", "private_notes", "asks", "rotations", "programs", "message_contents", "loi_status"];

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });
const advisorViewerOf = (u: User): Viewer => ({ userId: u.id, email: u.email, name: u.name, role: "ADVISOR", residentId: null });

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

async function person(overrides: Record<string, unknown> = {}) {
  const name = `Dr. ${faker.person.firstName()} ${faker.person.lastName()}-${faker.string.alpha(5)}`;
  const id = okData(await createPerson({ name, role: "ATTENDING", specialty: "internal-medicine", tags: [], isAList: false, ...overrides })).id;
  return { id, name };
}

const line = (title: string, date: string) => `${date} ${title}`;
const sorted = (xs: string[]) => [...xs].sort();

/** Every surface, as "date title" lines: what it shows as overdue or due within seven days, and the advisor's count. */
async function surfaces(resident: User, advisor: User) {
  const viewer = viewerOf(resident);
  const dashboard = await getDashboard(viewer, NOW);
  const digest = await buildDigest(resident.id, resident.name, NOW, BASE);
  actAs(resident.id);
  const token = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(okData(await regenerateCalendarFeed({})).url ?? "")?.[1];
  actAs(null);
  const ics = await calendarForToken(token!, NOW, BASE);
  const events = new ICAL.Component(ICAL.parse(ics!) as unknown[]).getAllSubcomponents("vevent").map((v) => ({
    title: String(v.getFirstPropertyValue("summary")),
    date: String(v.getFirstProperty("dtstart")!.getFirstValue()),
  }));
  const home = (await getAdvisorHome(advisorViewerOf(advisor), NOW)).find((r) => r.residentId === resident.id)!;
  const packet = await getAdvisedPacket(advisorViewerOf(advisor), resident.id, NOW);
  // The dashboard page shows late-start steps in their own card and the rest under "This week": together, this list.
  const shown = [...dashboard.week.overdue, ...dashboard.week.dueThisWeek];
  return {
    dashboardOverdue: sorted(dashboard.week.overdue.map((i) => line(i.title, toDateOnly(i.dueOn)))),
    dashboard: sorted(shown.map((i) => line(i.title, toDateOnly(i.dueOn)))),
    digestOverdue: sorted(digest.overdue.map((i) => line(i.title, toDateOnly(i.dueOn)))),
    digest: sorted([...digest.overdue, ...digest.thisWeek].map((i) => line(i.title, toDateOnly(i.dueOn)))),
    feed: sorted(events.filter((e) => e.date <= day(7)).map((e) => line(e.title, e.date))),
    feedAll: events.map((e) => line(e.title, e.date)),
    advisorOverdueCount: home.overdue,
    packetOverdue: sorted(packet.overdue ?? []),
  };
}

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

describe("one list of due items for the dashboard, the digest, the calendar feed and the advisor", () => {
  let resident: User;
  let advisor: User;
  beforeAll(async () => {
    vi.stubEnv("ALLOW_TEST_CLOCK", "1");
    testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
    resident = await createResident({ programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    // With the program since July: the profile says so (the factory's profile has no join date, which means the same).
    actAs(resident.id);
    okData(await saveTargets({ specialty: "internal-medicine", geoStance: "ANYWHERE", unsuccessfulCycles: 0 }));
    // Added in July, so their dates count from the program start.
    const aList = await person({ isAList: true });
    const emailed = await person();
    const attending = await person({ isAList: true });
    const mentor = await person();
    const adviser = await person();
    await db().person.updateMany({ where: { residentId: resident.id }, data: { createdAt: new Date("2026-07-02T09:00:00Z") } });
    okData(await logTouch({ personId: emailed.id, kind: "FOLLOW_UP", channel: "EMAIL", occurredOn: day(-12), awaitingReply: true }));
    okData(await logTouch({ personId: attending.id, kind: "CLINICAL_WORK", channel: "IN_PERSON", occurredOn: "2026-10-19", endsOn: "2026-11-20" }));
    okData(await createAsk({ personId: attending.id, kind: "LETTER", status: "PLANNED", fromPrelimYear: true }));
    okData(await planMeeting({ personId: mentor.id, kind: "INTRO", scheduledOn: day(3) }));
    const done = okData(await planMeeting({ personId: adviser.id, kind: "ADVICE", scheduledOn: "2026-08-28" })).id;
    okData(await completeMeeting({ meetingId: done, completedOn: "2026-08-28", advice: "Write up a case.", reportBackOn: day(5), actionItems: "" }));
    // A rotation in August with an A-list attending: its prompts are long past. One running now, one next month.
    okData(await saveRotation({ startsOn: "2026-08-03", endsOn: "2026-08-30", service: "MICU", attendingIds: [aList.id] }));
    okData(await saveRotation({ startsOn: "2026-11-16", endsOn: "2026-12-13", service: "Cardiology consults", attendingIds: [attending.id] }));
    okData(await saveRotation({ startsOn: "2027-01-04", endsOn: "2027-01-31", service: "Renal consults", attendingIds: [aList.id] }));
    actAs(null);
    advisor = await createAdvisor();
    await db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ALL_SCOPES } });
  }, 60_000);

  it("every surface lists the same overdue and this-week items, each once", async () => {
    const s = await surfaces(resident, advisor);
    expect(s.dashboard.length).toBeGreaterThan(3);
    expect(s.digest).toEqual(s.dashboard);
    expect(s.feed).toEqual(s.dashboard);
    expect(s.digestOverdue).toEqual(s.dashboardOverdue);
    expect(s.packetOverdue).toEqual(sorted(s.dashboardOverdue.map((l) => l.slice(11))));
    expect(s.advisorOverdueCount).toBe(s.dashboardOverdue.length);
    expect(new Set(s.feedAll).size).toBe(s.feedAll.length);
  });

  it("the PD's early touchpoint is one item, and August's rotation prompts are nowhere", async () => {
    const s = await surfaces(resident, advisor);
    expect(s.feedAll.filter((l) => /program director/i.test(l) && l.includes("Early"))).toHaveLength(1);
    for (const list of [s.dashboard, s.digest, s.feedAll]) expect(list.filter((l) => l.includes("(MICU)"))).toEqual([]);
    // The running rotation's prompts still come through, everywhere.
    expect(s.dashboard.some((l) => l.includes("(Cardiology consults)"))).toBe(true);
  });
});

describe("a resident who signs up in late November", () => {
  it("has a late-start plan and nothing due before the day they signed up, on every surface", async () => {
    const user = await createUser();
    actAs(user.id);
    okData(
      await completeOnboarding({
        role: "RESIDENT",
        track: "PRELIM_MEDICINE",
        programName: "Preliminary Internal Medicine",
        institution: "Mercy General Hospital",
        programStartDate: "2026-07-01",
        isImg: "yes",
        visaStatus: "J1",
        specialty: "neurology",
        geoStance: "ANYWHERE",
      }),
    );
    const resident = { id: user.id, email: user.email, name: user.name };
    const added = await person({ isAList: true });
    okData(await saveRotation({ startsOn: "2026-09-07", endsOn: "2026-10-04", service: "Neuro ICU", attendingIds: [added.id] }));
    actAs(null);
    const advisor = await createAdvisor();
    await db().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ALL_SCOPES } });

    const dashboard = await getDashboard(viewerOf(resident), NOW);
    expect(dashboard.lateStart).not.toBeNull();
    expect(dashboard.lateStart!.steps.length).toBeGreaterThanOrEqual(4);
    expect(dashboard.lateStart!.steps.every((s) => toDateOnly(s.dueOn) > TODAY)).toBe(true);
    const s = await surfaces(resident, advisor);
    expect(s.dashboardOverdue).toEqual([]);
    expect(s.digestOverdue).toEqual([]);
    expect(s.advisorOverdueCount).toBe(0);
    expect(s.feedAll.filter((l) => l.slice(0, 10) < TODAY)).toEqual([]);
    expect(s.feed).toEqual(s.dashboard);
  });
});
