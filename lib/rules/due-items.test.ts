import { describe, expect, it } from "vitest";
import { DUE_ITEM_SOURCES, dueItems, lateStartProgress, visibleToAdvisor, type DueItemSource, type DueItemsInput } from "@/lib/rules/due-items";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A resident since July 1 with nothing recorded, seen on 27 November 2026. */
function input(overrides: Partial<DueItemsInput> = {}): DueItemsInput {
  return {
    today: d("2026-11-27"),
    programStartDate: d("2026-07-01"),
    joinedOn: null,
    decision: null,
    rankListDeadline: null,
    people: [],
    meetings: [],
    touchpoints: [],
    rotations: [],
    lateStartDone: [],
    season: null,
    watchlist: [],
    ...overrides,
  };
}

const person = (id: string, extra: Partial<DueItemsInput["people"][number]> = {}): DueItemsInput["people"][number] => ({
  id,
  name: `Dr. ${id}`,
  isAList: true,
  addedOn: d("2026-07-02"),
  touches: [],
  asks: [],
  ...extra,
});

const rotation = (
  id: string,
  startsOn: string,
  endsOn: string,
  extra: Partial<DueItemsInput["rotations"][number]> = {},
): DueItemsInput["rotations"][number] => ({
  id,
  service: `Service ${id}`,
  startsOn: d(startsOn),
  endsOn: d(endsOn),
  hasAListAttending: true,
  completed: [],
  ...extra,
});

const summary = (i: DueItemsInput) => dueItems(i).map((item) => `${item.key} ${iso(item.dueOn)}${item.overdue ? " overdue" : ""}`);

describe("dueItems", () => {
  it.each<[string, Partial<DueItemsInput>, string[]]>([
    [
      "nothing recorded: the three PD touchpoints, each once",
      {},
      ["touchpoint:early 2026-09-30 overdue", "touchpoint:mid-year 2027-01-31", "touchpoint:pre-soap 2027-02-15"],
    ],
    [
      "a touchpoint done or skipped is not due",
      {
        touchpoints: [
          { key: "early", status: "DONE" },
          { key: "mid-year", status: "SKIPPED" },
        ],
      },
      ["touchpoint:pre-soap 2027-02-15"],
    ],
    [
      "pre-SOAP opens six weeks before the rank list deadline",
      {
        touchpoints: [
          { key: "early", status: "DONE" },
          { key: "mid-year", status: "DONE" },
        ],
        rankListDeadline: d("2027-03-03"),
      },
      ["touchpoint:pre-soap 2027-02-03"],
    ],
    [
      "an undecided target: the decision two months in",
      {
        decision: "UNDECIDED",
        touchpoints: [
          { key: "early", status: "DONE" },
          { key: "mid-year", status: "DONE" },
          { key: "pre-soap", status: "DONE" },
        ],
      },
      ["decision 2026-09-01 overdue"],
    ],
    [
      "a decided target, or none, owes no decision",
      {
        decision: "REAPPLY",
        touchpoints: [
          { key: "early", status: "DONE" },
          { key: "mid-year", status: "DONE" },
          { key: "pre-soap", status: "DONE" },
        ],
      },
      [],
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(summary(input(overrides))).toEqual(expected);
  });

  const quiet = { touchpoints: (["early", "mid-year", "pre-soap"] as const).map((key) => ({ key, status: "DONE" as const })) };

  it.each<[string, Partial<DueItemsInput>, string[]]>([
    ["an A-list person with no touches: an intro meeting by week six", { people: [person("a")] }, ["next-touch:a 2026-08-12 overdue"]],
    ["someone not on the A-list has no next-touch item", { people: [person("b", { isAList: false })] }, []],
    ["an A-list person added on 27 November: not before 11 December", { people: [person("c", { addedOn: d("2026-11-27") })] }, ["next-touch:c 2026-12-11"]],
    [
      "a planned meeting replaces the next touch and is listed once, as the meeting",
      {
        people: [person("d")],
        meetings: [
          {
            id: "m1",
            personId: "d",
            personName: "Dr. d",
            kind: "INTRO",
            status: "PLANNED",
            scheduledOn: d("2026-12-02"),
            reportBackOn: null,
            reportedBackOn: null,
          },
        ],
      },
      ["meeting:m1 2026-12-02"],
    ],
    [
      "a done meeting owes its report-back until it is given",
      {
        meetings: [
          {
            id: "m2",
            personId: "e",
            personName: "Dr. e",
            kind: "ADVICE",
            status: "DONE",
            scheduledOn: d("2026-09-01"),
            reportBackOn: d("2026-11-30"),
            reportedBackOn: null,
          },
          {
            id: "m3",
            personId: "e",
            personName: "Dr. e",
            kind: "ADVICE",
            status: "DONE",
            scheduledOn: d("2026-09-01"),
            reportBackOn: d("2026-11-30"),
            reportedBackOn: d("2026-11-20"),
          },
          {
            id: "m4",
            personId: "e",
            personName: "Dr. e",
            kind: "INTRO",
            status: "CANCELLED",
            scheduledOn: d("2026-11-30"),
            reportBackOn: null,
            reportedBackOn: null,
          },
        ],
      },
      ["report-back:m2 2026-11-30"],
    ],
    [
      "an email awaiting a reply, and a made ask that completes the 3-touch rule",
      {
        people: [
          person("f", {
            touches: [
              {
                id: "t1",
                kind: "CLINICAL_WORK",
                channel: "IN_PERSON",
                occurredOn: d("2026-08-03"),
                endsOn: d("2026-08-30"),
                awaitingReply: false,
                replyReceivedOn: null,
                followUpDays: 7,
              },
              {
                id: "t2",
                kind: "FOLLOW_UP",
                channel: "EMAIL",
                occurredOn: d("2026-11-16"),
                endsOn: null,
                awaitingReply: true,
                replyReceivedOn: null,
                followUpDays: 7,
              },
            ],
            asks: [{ id: "k1", status: "ASKED", askedOn: d("2026-11-18"), respondedOn: null }],
          }),
        ],
      },
      // The ask two days after the email moved the thread on, so there is nothing to chase; the next touch is
      // keeping warm, 90 days after the latest touch.
      ["next-touch:f 2027-02-16"],
    ],
  ])("people and meetings: %s", (_name, overrides, expected) => {
    expect(summary(input({ ...quiet, ...overrides }))).toEqual(expected);
  });

  it.each<[string, Partial<DueItemsInput>, string[]]>([
    ["a rotation that ended more than a month ago has no prompts left", { rotations: [rotation("r1", "2026-08-03", "2026-08-30")] }, []],
    [
      "a rotation running now: its prompts, done ones left out",
      { rotations: [rotation("r2", "2026-11-16", "2026-12-13", { completed: ["before"] })] },
      ["prompt:r2:week-one 2026-11-22 overdue", "prompt:r2:end 2026-12-11"],
    ],
    ["a rotation without an A-list attending has no prompts", { rotations: [rotation("r3", "2026-11-16", "2026-12-13", { hasAListAttending: false })] }, []],
    [
      "prompts from before the resident joined are gone; the rest stay",
      { today: d("2026-09-20"), joinedOn: d("2026-08-20"), rotations: [rotation("r4", "2026-08-17", "2026-09-13")] },
      ["prompt:r4:week-one 2026-08-23 overdue", "prompt:r4:end 2026-09-11 overdue"],
    ],
  ])("rotations: %s", (_name, overrides, expected) => {
    expect(summary(input({ ...quiet, ...overrides }))).toEqual(expected);
  });

  it("a resident who joins on 27 November: the late-start plan, a re-dated decision, no closed PD window, nothing overdue", () => {
    const items = dueItems(input({ joinedOn: d("2026-11-27"), decision: "UNDECIDED", lateStartDone: ["see-pd"] }));
    expect(items.map((i) => `${i.key} ${iso(i.dueOn)}`)).toEqual([
      "late-start:pick-faculty 2026-11-30",
      "decision 2026-12-11",
      "late-start:hold-meetings 2026-12-18",
      "late-start:ask-support 2026-12-25",
      "late-start:secure-letters 2027-01-08",
      "touchpoint:mid-year 2027-01-31",
      "touchpoint:pre-soap 2027-02-15",
    ]);
    expect(items.filter((i) => i.overdue || i.dueOn < d("2026-11-27"))).toEqual([]);
  });

  it("marks overdue by the day (due today is not overdue) and sorts by date", () => {
    const items = dueItems(input({ today: d("2026-09-30") }));
    expect(items.map((i) => [i.key, i.overdue])).toEqual([
      ["touchpoint:early", false],
      ["touchpoint:mid-year", false],
      ["touchpoint:pre-soap", false],
    ]);
    expect(dueItems(input({ today: new Date("2026-10-01T23:30:00Z") }))[0]).toMatchObject({ key: "touchpoint:early", overdue: true });
  });

  it("a new kind of item is one more source, and a key seen twice is kept once", () => {
    const extra: DueItemSource = () => [
      {
        key: "thank-you:p1",
        type: "meeting",
        personId: null,
        title: "Thank the interviewers",
        detail: "",
        dueOn: d("2026-11-28"),
        href: "/programs",
        section: "plan",
      },
      {
        key: "thank-you:p1",
        type: "meeting",
        personId: null,
        title: "Thank the interviewers again",
        detail: "",
        dueOn: d("2026-11-29"),
        href: "/programs",
        section: "plan",
      },
    ];
    const items = dueItems(input(quiet), [...DUE_ITEM_SOURCES, extra]);
    expect(items.map((i) => i.title)).toEqual(["Thank the interviewers"]);
  });

  it("every item links somewhere in the app, says what to do, and has a unique key", () => {
    const items = dueItems(
      input({
        joinedOn: d("2026-11-01"),
        decision: "UNDECIDED",
        people: [
          person("a"),
          person("b", {
            touches: [
              {
                id: "t",
                kind: "FOLLOW_UP",
                channel: "EMAIL",
                occurredOn: d("2026-11-10"),
                endsOn: null,
                awaitingReply: true,
                replyReceivedOn: null,
                followUpDays: 7,
              },
            ],
          }),
        ],
        rotations: [rotation("r", "2026-11-16", "2026-12-13")],
      }),
    );
    expect(items.length).toBeGreaterThan(8);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    for (const item of items) {
      expect(item.href).toMatch(/^\/[a-z]/);
      expect(item.title.trim()).not.toBe("");
      expect(item.detail.trim(), item.key).not.toBe("");
    }
  });
});

describe("lateStartProgress", () => {
  it.each<[string, string | null, boolean]>([
    ["joined in the first eight weeks", "2026-08-26", false],
    ["joined after them", "2026-08-27", true],
    ["join date unknown", null, false],
  ])("%s", (_name, joined, late) => {
    const progress = lateStartProgress({ programStartDate: d("2026-07-01"), joinedOn: joined ? d(joined) : null, lateStartDone: [] });
    expect(progress !== null).toBe(late);
  });

  it("counts the steps ticked off", () => {
    const progress = lateStartProgress({ programStartDate: d("2026-07-01"), joinedOn: d("2026-11-27"), lateStartDone: ["pick-faculty", "see-pd"] })!;
    expect(progress.done).toBe(2);
    expect(progress.steps.filter((s) => s.done).map((s) => s.key)).toEqual(["pick-faculty", "see-pd"]);
  });
});

describe("visibleToAdvisor", () => {
  it("shows each item only with the scope for its section", () => {
    const items = [{ section: "people" as const }, { section: "targets" as const }, { section: "plan" as const }];
    expect(visibleToAdvisor(items, new Set(["people", "rotations"] as const))).toEqual([{ section: "people" }, { section: "plan" }]);
    expect(visibleToAdvisor(items, new Set(["loi_status"] as const))).toEqual([]);
  });
});
