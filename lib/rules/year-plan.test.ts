import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDateOnly, toDateOnly } from "@/lib/dates";
import {
  filterLogByMonth,
  LATE_START_STEP_KEYS,
  isLateStart,
  lateStartPlan,
  phaseState,
  programYearMonths,
  rotationPrompts,
  sortLog,
  touchpointReminders,
  touchpointState,
  touchpointWindows,
  yearPhases,
  type LogRow,
  type PhaseKey,
  type PhaseState,
  type TouchpointKey,
  type TouchpointState,
  type TouchpointWindow,
} from "@/lib/rules/year-plan";

const d = parseDateOnly;
const day = (date: Date | null) => (date ? toDateOnly(date) : null);

const JULY_START = d("2026-07-01");

describe("programYearMonths", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "July start",
      "2026-07-01",
      ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"],
      ["Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "May 2027", "Jun 2027"],
    ],
    [
      "mid-September start",
      "2026-09-15",
      ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08"],
      ["Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "May 2027", "Jun 2027", "Jul 2027", "Aug 2027"],
    ],
  ])("%s: twelve months across the new year", (_name, start, keys, labels) => {
    const months = programYearMonths(d(start));
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.key)).toEqual(keys);
    expect(months.map((m) => m.label)).toEqual(labels);
  });

  it.each<[string, number, string, string]>([
    ["2026-07-01", 0, "2026-07-01", "2026-07-31"],
    ["2026-07-01", 5, "2026-12-01", "2026-12-31"],
    ["2026-07-01", 6, "2027-01-01", "2027-01-31"],
    ["2026-07-01", 11, "2027-06-01", "2027-06-30"],
    ["2026-09-15", 0, "2026-09-01", "2026-09-30"],
    ["2026-09-15", 5, "2027-02-01", "2027-02-28"],
    ["2027-09-01", 5, "2028-02-01", "2028-02-29"],
  ])("start %s, month %i runs %s to %s", (start, index, first, last) => {
    const month = programYearMonths(d(start))[index];
    expect(day(month?.start ?? null)).toBe(first);
    expect(day(month?.end ?? null)).toBe(last);
  });
});

describe("rotationPrompts", () => {
  it.each<[string, string, string, string, string, string]>([
    ["a July block", "2026-07-06", "2026-08-02", "2026-06-29", "2026-07-12", "2026-07-31"],
    ["a block across the new year", "2026-12-21", "2027-01-17", "2026-12-14", "2026-12-27", "2027-01-15"],
    ["a block ending just after a leap day", "2028-02-07", "2028-03-02", "2028-01-31", "2028-02-13", "2028-02-29"],
    ["a two-week block", "2026-09-01", "2026-09-14", "2026-08-25", "2026-09-07", "2026-09-12"],
    ["a one-week block holds both late prompts to its last day", "2026-09-01", "2026-09-05", "2026-08-25", "2026-09-05", "2026-09-05"],
  ])("%s", (_name, startsOn, endsOn, before, weekOne, end) => {
    const prompts = rotationPrompts({
      startsOn: d(startsOn),
      endsOn: d(endsOn),
    });
    expect(prompts.map((p) => [p.key, day(p.dueOn)])).toEqual([
      ["before", before],
      ["week-one", weekOne],
      ["end", end],
    ]);
  });

  it("maps each prompt to its touch kind and says what to do", () => {
    const prompts = rotationPrompts({
      startsOn: d("2026-07-06"),
      endsOn: d("2026-08-02"),
    });
    expect(prompts.map((p) => p.touchKind)).toEqual([null, "CLINICAL_WORK", "CONCRETE_ASK"]);
    expect(prompts[0]?.detail).toMatch(/papers/);
    expect(prompts[1]?.detail).toMatch(/feedback/);
    expect(prompts[2]?.detail).toMatch(/letter/);
    expect(prompts[2]?.detail).toMatch(/easy to say no/);
  });
});

describe("touchpointWindows", () => {
  it.each<[string, string, string | null, [TouchpointKey, string, string | null][]]>([
    [
      "July start with a rank list deadline",
      "2026-07-01",
      "2027-03-03",
      [
        ["early", "2026-07-01", "2026-09-30"],
        ["mid-year", "2026-11-01", "2027-01-31"],
        ["pre-soap", "2027-01-20", null],
      ],
    ],
    [
      "July start without a deadline",
      "2026-07-01",
      null,
      [
        ["early", "2026-07-01", "2026-09-30"],
        ["mid-year", "2026-11-01", "2027-01-31"],
        ["pre-soap", "2027-02-01", null],
      ],
    ],
    [
      "mid-August start",
      "2026-08-15",
      "2027-03-03",
      [
        ["early", "2026-08-01", "2026-10-31"],
        ["mid-year", "2026-12-01", "2027-02-28"],
        ["pre-soap", "2027-01-20", null],
      ],
    ],
    [
      "August start without a deadline",
      "2026-08-01",
      null,
      [
        ["early", "2026-08-01", "2026-10-31"],
        ["mid-year", "2026-12-01", "2027-02-28"],
        ["pre-soap", "2027-03-01", null],
      ],
    ],
  ])("%s", (_name, start, deadline, expected) => {
    const windows = touchpointWindows(d(start), deadline ? d(deadline) : null);
    expect(windows.map((w) => [w.key, day(w.opensOn), day(w.closesOn)])).toEqual(expected);
    for (const w of windows) {
      expect(w.label.trim()).not.toBe("");
      expect(w.description.trim()).not.toBe("");
    }
  });
});

describe("touchpointState", () => {
  const [early, , preSoap] = touchpointWindows(JULY_START, d("2027-03-03")) as [TouchpointWindow, TouchpointWindow, TouchpointWindow];

  it.each<[string, TouchpointWindow, "PLANNED" | "DONE" | "SKIPPED", string, TouchpointState]>([
    ["planned, the day before it opens", early, "PLANNED", "2026-06-30T23:59:00Z", "upcoming"],
    ["planned, the day it opens", early, "PLANNED", "2026-07-01T00:00:00Z", "open"],
    ["planned, the last evening of the window", early, "PLANNED", "2026-09-30T23:59:00Z", "open"],
    ["planned, the day after it closes", early, "PLANNED", "2026-10-01T00:00:00Z", "missed"],
    ["done before it even opened", early, "DONE", "2026-06-15T12:00:00Z", "done"],
    ["done, long after it closed", early, "DONE", "2027-02-01T12:00:00Z", "done"],
    ["skipped counts as missed, even while open", early, "SKIPPED", "2026-08-01T12:00:00Z", "missed"],
    ["open-ended window, before it opens", preSoap, "PLANNED", "2027-01-19T12:00:00Z", "upcoming"],
    ["open-ended window never closes", preSoap, "PLANNED", "2027-06-30T12:00:00Z", "open"],
  ])("%s", (_name, window, status, now, expected) => {
    expect(touchpointState(window, status, new Date(now))).toBe(expected);
  });
});

describe("touchpointReminders", () => {
  const windows = touchpointWindows(JULY_START, d("2027-03-03"));
  const ALL_PLANNED = {
    early: "PLANNED",
    "mid-year": "PLANNED",
    "pre-soap": "PLANNED",
  } as const;

  it.each<[string, Record<TouchpointKey, "PLANNED" | "DONE" | "SKIPPED">, string, [TouchpointKey, string, boolean][]]>([
    ["nothing before the program starts", ALL_PLANNED, "2026-06-20T09:00:00Z", []],
    ["early window open", ALL_PLANNED, "2026-07-01T09:00:00Z", [["early", "2026-09-30", false]]],
    ["early, on its last day, is not yet overdue", ALL_PLANNED, "2026-09-30T22:00:00Z", [["early", "2026-09-30", false]]],
    ["early, the day after, is overdue", ALL_PLANNED, "2026-10-01T09:00:00Z", [["early", "2026-09-30", true]]],
    ["done and skipped touchpoints give no reminder", { early: "DONE", "mid-year": "SKIPPED", "pre-soap": "PLANNED" }, "2026-12-01T09:00:00Z", []],
    ["mid-year open, early done", { early: "DONE", "mid-year": "PLANNED", "pre-soap": "PLANNED" }, "2026-11-01T09:00:00Z", [["mid-year", "2027-01-31", false]]],
    [
      "pre-SOAP is due two weeks after it opens",
      { early: "DONE", "mid-year": "DONE", "pre-soap": "PLANNED" },
      "2027-02-03T09:00:00Z",
      [["pre-soap", "2027-02-03", false]],
    ],
    [
      "pre-SOAP overdue the day after",
      { early: "DONE", "mid-year": "DONE", "pre-soap": "PLANNED" },
      "2027-02-04T09:00:00Z",
      [["pre-soap", "2027-02-03", true]],
    ],
    [
      "every planned touchpoint once all have opened",
      ALL_PLANNED,
      "2027-01-25T09:00:00Z",
      [
        ["early", "2026-09-30", true],
        ["mid-year", "2027-01-31", false],
        ["pre-soap", "2027-02-03", false],
      ],
    ],
  ])("%s", (_name, statuses, now, expected) => {
    const reminders = touchpointReminders(windows, statuses, new Date(now));
    expect(reminders.map((r) => [r.key, day(r.dueOn), r.overdue])).toEqual(expected);
    for (const r of reminders) expect(r.title.trim()).not.toBe("");
  });
});

describe("yearPhases", () => {
  it.each<[string, string, [PhaseKey, string, string][]]>([
    [
      "July start",
      "2026-07-01",
      [
        ["decide", "2026-07-01", "2026-08-31"],
        ["meet", "2026-07-01", "2026-09-30"],
        ["build", "2026-09-01", "2027-01-31"],
        ["finalize", "2026-11-01", "2026-12-31"],
        ["statement", "2027-04-01", "2027-06-30"],
        ["submit", "2027-06-01", "2027-09-30"],
      ],
    ],
    [
      "mid-September start",
      "2026-09-14",
      [
        ["decide", "2026-09-01", "2026-10-31"],
        ["meet", "2026-09-01", "2026-11-30"],
        ["build", "2026-11-01", "2027-03-31"],
        ["finalize", "2027-01-01", "2027-02-28"],
        ["statement", "2027-06-01", "2027-08-31"],
        ["submit", "2027-08-01", "2027-11-30"],
      ],
    ],
  ])("%s", (_name, start, expected) => {
    const phases = yearPhases(d(start));
    expect(phases.map((p) => [p.key, day(p.startsOn), day(p.endsOn)])).toEqual(expected);
    for (const p of phases) {
      expect(p.title.trim()).not.toBe("");
      expect(p.description.trim()).not.toBe("");
    }
  });
});

describe("phaseState", () => {
  const decide = yearPhases(JULY_START)[0];

  it.each<[string, boolean, string, PhaseState]>([
    ["the day before it starts", false, "2026-06-30T12:00:00Z", "upcoming"],
    ["its first day", false, "2026-07-01T00:00:00Z", "current"],
    ["its last evening", false, "2026-08-31T23:59:59Z", "current"],
    ["the day after it ends", false, "2026-09-01T00:00:00Z", "overdue"],
    ["done early wins over upcoming", true, "2026-06-30T12:00:00Z", "done"],
    ["done wins over current", true, "2026-07-15T12:00:00Z", "done"],
    ["done wins over overdue", true, "2026-12-01T12:00:00Z", "done"],
  ])("%s", (_name, done, now, expected) => {
    if (!decide) throw new Error("no decide phase");
    expect(phaseState(decide, done, new Date(now))).toBe(expected);
  });

  it.each<[string, string, boolean, PhaseState]>([
    ["joined after it ended: before you joined, not overdue", "2026-11-27", false, "before-joined"],
    ["joined on its last day: still overdue after it", "2026-08-31", false, "overdue"],
    ["done still wins", "2026-11-27", true, "done"],
  ])("%s", (_name, joined, done, expected) => {
    expect(phaseState(decide!, done, d("2026-12-01"), d(joined))).toBe(expected);
  });
});

describe("touchpointState for a resident who joined late", () => {
  const [early, midYear] = touchpointWindows(JULY_START, null) as [TouchpointWindow, TouchpointWindow];
  it.each<[string, TouchpointWindow, "PLANNED" | "SKIPPED", TouchpointState]>([
    ["a window that closed before they joined", early, "PLANNED", "before-joined"],
    ["a window open when they joined", midYear, "PLANNED", "open"],
    ["a skip is still their own choice", early, "SKIPPED", "missed"],
  ])("%s", (_name, window, status, expected) => {
    expect(touchpointState(window, status, d("2026-11-27"), d("2026-11-27"))).toBe(expected);
  });
});

describe("isLateStart", () => {
  it.each<[string, string | null, boolean]>([
    ["2026-07-01", "2026-07-01", false],
    ["2026-07-01", "2026-08-26", false],
    ["2026-07-01", "2026-08-27", true],
    ["2026-07-01", "2026-11-27", true],
    ["2026-07-01", "2027-01-15", true],
    ["2026-08-01", "2026-09-26", false],
    ["2026-08-01", "2026-09-27", true],
    ["2026-07-01", "2026-06-15", false],
    ["2026-07-01", null, false],
  ])("start %s, joined %s -> %s", (start, joined, expected) => {
    expect(isLateStart({ programStartDate: d(start), joinedOn: joined ? d(joined) : null })).toBe(expected);
  });

  it("judges the join by its UTC day, not its time", () => {
    expect(
      isLateStart({
        programStartDate: JULY_START,
        joinedOn: new Date("2026-08-26T23:59:59Z"),
      }),
    ).toBe(false);
  });
});

describe("lateStartPlan", () => {
  it("has every step the article's compressed plan names, in date order", () => {
    const plan = lateStartPlan(d("2026-11-27"));
    expect(plan.steps.map((s) => s.key)).toEqual([...LATE_START_STEP_KEYS]);
    const dates = plan.steps.map((s) => s.dueOn.getTime());
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    expect(plan.steps.every((s) => s.dueOn > d("2026-11-27"))).toBe(true);
  });

  it.each<[string, [string, string][]]>([
    [
      "2026-12-10T15:30:00Z",
      [
        ["pick-faculty", "2026-12-13"],
        ["see-pd", "2026-12-17"],
        ["hold-meetings", "2026-12-31"],
        ["ask-support", "2027-01-07"],
        ["secure-letters", "2027-01-21"],
      ],
    ],
    [
      "2027-01-25T00:00:00Z",
      [
        ["pick-faculty", "2027-01-28"],
        ["see-pd", "2027-02-01"],
        ["hold-meetings", "2027-02-15"],
        ["ask-support", "2027-02-22"],
        ["secure-letters", "2027-03-08"],
      ],
    ],
  ])("from %s", (now, expected) => {
    const plan = lateStartPlan(new Date(now));
    expect(plan.steps.map((s) => [s.key, day(s.dueOn)])).toEqual(expected);
    for (const s of plan.steps) {
      expect(s.title.trim()).not.toBe("");
      expect(s.detail.trim()).not.toBe("");
    }
  });
});

const row = (date: string, action: string, extra: Partial<LogRow> = {}): LogRow => ({
  month: date.slice(0, 7),
  date: d(date),
  service: null,
  faculty: null,
  action,
  nextStep: null,
  source: "manual",
  ...extra,
});

const LOG: LogRow[] = [
  row("2026-09-03", "a", { source: "touch" }),
  row("2026-10-12", "b", { source: "meeting", faculty: "Dr. Ruiz" }),
  row("2026-09-20", "c", { source: "rotation", service: "Cardiology" }),
  row("2026-10-12", "d"),
  row("2027-01-05", "e"),
  row("2026-09-20", "f"),
];

describe("sortLog", () => {
  it.each<[string, LogRow[], string[]]>([
    ["empty", [], []],
    ["newest first, same-day rows keep their order", LOG, ["e", "b", "d", "c", "f", "a"]],
    ["already sorted stays put", [row("2026-10-02", "x"), row("2026-10-01", "y")], ["x", "y"]],
  ])("%s", (_name, rows, expected) => {
    const before = rows.map((r) => r.action);
    expect(sortLog(rows).map((r) => r.action)).toEqual(expected);
    expect(rows.map((r) => r.action)).toEqual(before);
  });
});

describe("filterLogByMonth", () => {
  it.each<[string | null, string[]]>([
    [null, ["a", "b", "c", "d", "e", "f"]],
    ["2026-09", ["a", "c", "f"]],
    ["2026-10", ["b", "d"]],
    ["2027-01", ["e"]],
    ["2026-11", []],
  ])("month %s", (month, expected) => {
    expect(filterLogByMonth(LOG, month).map((r) => r.action)).toEqual(expected);
  });

  it("returns a new array for null", () => {
    expect(filterLogByMonth(LOG, null)).not.toBe(LOG);
  });
});

describe("time zone independence", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("gives the same UTC results with the process in Los Angeles", () => {
    vi.stubEnv("TZ", "America/Los_Angeles");
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
    // Midnight UTC on 1 July is still 30 June in Los Angeles; local-time arithmetic would slip a month here.
    expect(new Date(2026, 6, 1).getTime()).not.toBe(JULY_START.getTime());

    const months = programYearMonths(JULY_START);
    expect(months[0]?.key).toBe("2026-07");
    expect(months[0]?.label).toBe("Jul 2026");
    expect(day(months[11]?.end ?? null)).toBe("2027-06-30");

    const windows = touchpointWindows(JULY_START, d("2027-03-03"));
    expect(windows.map((w) => [day(w.opensOn), day(w.closesOn)])).toEqual([
      ["2026-07-01", "2026-09-30"],
      ["2026-11-01", "2027-01-31"],
      ["2027-01-20", null],
    ]);
    expect(
      rotationPrompts({
        startsOn: d("2026-11-02"),
        endsOn: d("2026-11-29"),
      }).map((p) => day(p.dueOn)),
    ).toEqual(["2026-10-26", "2026-11-08", "2026-11-27"]);
    expect(
      isLateStart({
        programStartDate: JULY_START,
        joinedOn: d("2026-08-26"),
      }),
    ).toBe(false);
    expect(
      isLateStart({
        programStartDate: JULY_START,
        joinedOn: d("2026-08-27"),
      }),
    ).toBe(true);
    expect(day(lateStartPlan(new Date("2026-12-10T03:00:00Z")).steps[0]?.dueOn ?? null)).toBe("2026-12-13");
    const [decide] = yearPhases(JULY_START);
    expect(decide && phaseState(decide, false, new Date("2026-07-01T02:00:00Z"))).toBe("current");
  });
});
