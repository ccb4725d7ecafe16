import { describe, expect, it } from "vitest";
import { defaultMessageKind, finalNoteWindow, interestWindow, interviewSeasonTasks, type SeasonInput, type SeasonProgram } from "@/lib/rules/interview-season";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);
// The 2027 Match: applications open June 2026, rank list deadline March 3 2027.
const CYCLE = { applicationsOpen: d("2026-06-03"), rankListDeadline: d("2027-03-03") };

function program(overrides: Partial<SeasonProgram> = {}): SeasonProgram {
  return {
    id: "p1",
    name: "Riverside IM",
    status: "INTERVIEWED",
    interviewDate: d("2026-11-17"),
    postInterviewCommunication: "YES",
    messages: [],
    hasImpressions: false,
    rankPosition: null,
    ...overrides,
  };
}
const run = (now: string, programs: SeasonProgram[], extra: Partial<SeasonInput> = {}) =>
  interviewSeasonTasks({ programs, cycle: CYCLE, dismissed: [], now: at(now), ...extra });
const summary = (now: string, programs: SeasonProgram[], extra: Partial<SeasonInput> = {}) =>
  run(now, programs, extra).map((t) => [t.kind, t.dueOn.toISOString().slice(0, 10), t.overdue]);

describe("interviewSeasonTasks", () => {
  it("an interview yesterday: a thank-you due 48 hours after the interview day, and impressions due the day after", () => {
    const tasks = run("2026-11-18T15:00:00Z", [program()]);
    expect(tasks.map((t) => [t.kind, t.title, t.dueOn.toISOString().slice(0, 10), t.overdue, t.href])).toEqual([
      ["IMPRESSIONS", "Write down your impressions of Riverside IM", "2026-11-18", false, "/programs/p1#impressions"],
      ["THANK_YOU", "Send a thank-you to Riverside IM (due Thu 19 Nov 2026)", "2026-11-19", false, "/programs/p1/compose?kind=THANK_YOU"],
    ]);
    expect(tasks.every((t) => t.type === "interview-season" && t.personId === null && t.programId === "p1")).toBe(true);
    expect(new Set(tasks.map((t) => t.key)).size).toBe(2);
  });

  it.each([
    ["before the interview: nothing yet", "2026-11-16T12:00:00Z", {}, []],
    [
      "on the interview day",
      "2026-11-17T20:00:00Z",
      {},
      [
        ["IMPRESSIONS", "2026-11-18", false],
        ["THANK_YOU", "2026-11-19", false],
      ],
    ],
    [
      "three days later: both overdue",
      "2026-11-20T09:00:00Z",
      {},
      [
        ["IMPRESSIONS", "2026-11-18", true],
        ["THANK_YOU", "2026-11-19", true],
        ["INTEREST_LETTER", "2027-01-10", false],
      ],
    ],
    [
      "the thank-you went out (pending counts): closed",
      "2026-11-18T12:00:00Z",
      { messages: [{ kind: "THANK_YOU" as const, sentAt: at("2026-11-18T10:00:00Z") }] },
      [["IMPRESSIONS", "2026-11-18", false]],
    ],
    [
      "a thank-you from before this interview does not close it",
      "2026-11-18T12:00:00Z",
      { messages: [{ kind: "THANK_YOU" as const, sentAt: at("2026-10-01T10:00:00Z") }], hasImpressions: true },
      [["THANK_YOU", "2026-11-19", false]],
    ],
    ["impressions written: closed", "2026-11-18T12:00:00Z", { hasImpressions: true }, [["THANK_YOU", "2026-11-19", false]]],
    [
      "no contact after interviews: no prompt to write",
      "2026-11-18T12:00:00Z",
      { postInterviewCommunication: "NO" as const },
      [["IMPRESSIONS", "2026-11-18", false]],
    ],
    ["not pursuing: nothing", "2026-11-18T12:00:00Z", { status: "NOT_PURSUING" as const }, []],
    ["no interview date: nothing", "2026-11-18T12:00:00Z", { interviewDate: null }, []],
    ["two weeks on, the thank-you stops asking", "2026-12-02T12:00:00Z", { hasImpressions: true }, [["INTEREST_LETTER", "2027-01-10", false]]],
    ["an interview outside the cycle's season belongs to another cycle", "2026-11-18T12:00:00Z", { interviewDate: d("2026-05-01") }, []],
  ])("%s", (_name, now, overrides, expected) => {
    expect(summary(now, [program(overrides)])).toEqual(expected);
  });

  it("the interest-letter window runs November 20 to January 10 and closes when an interest letter or letter of intent went out", () => {
    const p = program({ interviewDate: d("2026-10-20"), hasImpressions: true });
    expect(summary("2026-11-19T12:00:00Z", [p])).toEqual([]);
    expect(run("2026-11-20T12:00:00Z", [p]).map((t) => [t.kind, t.title, t.opensOn.toISOString().slice(0, 10)])).toEqual([
      ["INTEREST_LETTER", "Interest letter window: consider one to Riverside IM (open until Sun 10 Jan 2027)", "2026-11-20"],
    ]);
    expect(summary("2027-01-11T12:00:00Z", [p])).toEqual([]);
    expect(summary("2026-12-05T12:00:00Z", [{ ...p, messages: [{ kind: "INTEREST_UPDATE", sentAt: at("2026-12-01T12:00:00Z") }] }])).toEqual([]);
    expect(summary("2026-12-05T12:00:00Z", [{ ...p, messages: [{ kind: "LETTER_OF_INTENT", sentAt: at("2026-12-01T12:00:00Z") }] }])).toEqual([]);
  });

  it("the final-note window: the three weeks before the deadline, for the top three of the worksheet only", () => {
    const base = { interviewDate: d("2026-10-20"), hasImpressions: true };
    const programs = [1, 2, 3, 4].map((n) => program({ ...base, id: `p${n}`, name: `Program ${n}`, rankPosition: n }));
    const unranked = program({ ...base, id: "p5", name: "Program 5" });
    expect(summary("2027-02-09T12:00:00Z", [...programs, unranked])).toEqual([]);
    const open = run("2027-02-10T12:00:00Z", [...programs, unranked]);
    expect(open.map((t) => [t.programId, t.kind, t.dueOn.toISOString().slice(0, 10)])).toEqual([
      ["p1", "FINAL_NOTE", "2027-03-02"],
      ["p2", "FINAL_NOTE", "2027-03-02"],
      ["p3", "FINAL_NOTE", "2027-03-02"],
    ]);
    expect(open[1]!.title).toBe("Final-note window: a brief note to Program 2, #2 on your worksheet (until Tue 2 Mar 2027)");
    expect(summary("2027-03-03T12:00:00Z", programs)).toEqual([]);
    expect(summary("2027-02-20T12:00:00Z", [{ ...programs[0]!, messages: [{ kind: "FINAL_NOTE", sentAt: at("2027-02-15T12:00:00Z") }] }])).toEqual([]);
  });

  it("a dismissed task stays closed for that interview, and comes back for a rescheduled one", () => {
    const dismissed = [{ programId: "p1", kind: "THANK_YOU" as const, interviewDate: d("2026-11-17") }];
    expect(summary("2026-11-18T12:00:00Z", [program({ hasImpressions: true })], { dismissed })).toEqual([]);
    expect(summary("2026-11-25T12:00:00Z", [program({ hasImpressions: true, interviewDate: d("2026-11-24") })], { dismissed })).toEqual([
      ["THANK_YOU", "2026-11-26", false],
      ["INTEREST_LETTER", "2027-01-10", false],
    ]);
    expect(summary("2026-11-18T12:00:00Z", [program({ id: "p2", hasImpressions: true })], { dismissed })).toEqual([["THANK_YOU", "2026-11-19", false]]);
  });

  it("without a cycle only the thank-you and impressions are dated", () => {
    expect(summary("2026-12-01T12:00:00Z", [program({ interviewDate: d("2026-11-30") })], { cycle: null })).toEqual([
      ["IMPRESSIONS", "2026-12-01", false],
      ["THANK_YOU", "2026-12-02", false],
    ]);
  });

  it("windows follow the cycle's own rank list deadline", () => {
    expect(interestWindow(d("2026-03-04"))).toEqual({ opensOn: d("2025-11-20"), closesOn: d("2026-01-10") });
    expect(finalNoteWindow(d("2026-03-04"))).toEqual({ opensOn: d("2026-02-11"), closesOn: d("2026-03-03") });
  });
});

describe("defaultMessageKind", () => {
  const now = at("2026-11-18T12:00:00Z");
  it.each([
    ["researching: an eligibility question", { status: "RESEARCHING" as const, interviewDate: null }, "PRE_APPLICATION"],
    ["applied, no interview: no thank-you", { status: "APPLIED" as const, interviewDate: null }, "OTHER"],
    ["interview next week: no thank-you yet", { status: "INTERVIEW_OFFERED" as const, interviewDate: d("2026-11-25") }, "OTHER"],
    ["interviewed yesterday, not thanked", { status: "INTERVIEWED" as const }, "THANK_YOU"],
    [
      "interviewed and thanked",
      { status: "INTERVIEWED" as const, messages: [{ kind: "THANK_YOU" as const, sentAt: at("2026-11-17T20:00:00Z") }] },
      "INTEREST_UPDATE",
    ],
    ["interviewed long ago", { status: "INTERVIEWED" as const, interviewDate: d("2026-10-01") }, "INTEREST_UPDATE"],
    ["no contact after interviews: only a reply", { status: "INTERVIEWED" as const, postInterviewCommunication: "NO" as const }, "REPLY"],
  ])("%s", (_name, overrides, expected) => {
    expect(defaultMessageKind(program(overrides), now)).toBe(expected);
  });
});
