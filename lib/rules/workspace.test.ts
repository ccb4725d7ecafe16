import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  A_LIST_MAX,
  ASK_KIND_LABELS,
  INFLUENCE_TAG_LABELS,
  PERSON_ROLE_LABELS,
  TOUCH_KIND_LABELS,
  aListCapMessage,
  aListStatus,
  arrivalDate,
  askSpreadWarning,
  asksAsTouches,
  attentionScore,
  consistencyWarning,
  decisionDeadline,
  decisionStatus,
  dueAfterArrival,
  firstWeekChecklist,
  followUpsDue,
  lettersProgress,
  nextSuggestedTouch,
  pivotPrompt,
  thisWeek,
  threeTouchProgress,
  type AskKind,
  type AskLike,
  type AskStatus,
  type DueItem,
  type LetterLike,
  type TouchChannel,
  type TouchKind,
  type TouchLike,
} from "@/lib/rules/workspace";

/** A date-only field as the data layer hands it over: 00:00Z of that calendar day. */
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

let seq = 0;
function touch(kind: TouchKind, occurredOn: string, extra: Partial<TouchLike> & { channel?: TouchChannel } = {}): TouchLike & { id: string } {
  seq += 1;
  return {
    id: `t${seq}`,
    kind,
    occurredOn: d(occurredOn),
    endsOn: null,
    channel: "IN_PERSON",
    awaitingReply: false,
    replyReceivedOn: null,
    followUpDays: 7,
    ...extra,
  };
}
const email = (occurredOn: string, extra: Partial<TouchLike> = {}) => touch("FOLLOW_UP", occurredOn, { channel: "EMAIL", awaitingReply: true, ...extra });

describe("labels", () => {
  it.each([
    ["person roles", PERSON_ROLE_LABELS, 13],
    ["influence tags", INFLUENCE_TAG_LABELS, 4],
    ["touch kinds", TOUCH_KIND_LABELS, 7],
    ["ask kinds", ASK_KIND_LABELS, 4],
  ] as const)("%s each have a distinct, non-empty label", (_name, labels, count) => {
    const values = Object.values(labels);
    expect(values).toHaveLength(count);
    expect(new Set(values).size).toBe(count);
    expect(values.every((v) => v.trim().length > 0)).toBe(true);
  });

  it("names staff and outside PDs the way the people form shows them", () => {
    expect(PERSON_ROLE_LABELS.STAFF).toBe("Nurse, therapist or other staff");
    expect(PERSON_ROLE_LABELS.EXTERNAL_PD).toBe("Program director elsewhere");
  });
});

describe("aListStatus", () => {
  it.each([
    [0, "empty", /5 to 7/],
    [1, "nudge", /Add 4 more people/],
    [2, "nudge", /Add 3 more people/],
    [3, "nudge", /Add 2 more people/],
    [4, "nudge", /Add 1 more person/],
    [5, "ok", null],
    [6, "ok", null],
    [7, "full", /7 is the cap/],
    [8, "full", /more than the cap of 7/],
  ] as const)("%i people → %s", (count, level, message) => {
    const status = aListStatus(count);
    expect(status.level).toBe(level);
    if (message === null) expect(status.message).toBeNull();
    else expect(status.message).toMatch(message);
  });

  it("explains the cap and what to do when an eighth is added", () => {
    const message = aListCapMessage();
    expect(message).toContain(String(A_LIST_MAX));
    expect(message).toMatch(/take someone off/i);
  });
});

describe("threeTouchProgress", () => {
  it.each<[string, TouchLike[], number, (string | null)[]]>([
    ["nothing logged", [], 0, [null, null, null]],
    ["clinical work only", [touch("CLINICAL_WORK", "2026-07-06")], 1, ["2026-07-06", null, null]],
    ["an intro meeting counts as working together", [touch("INTRO_MEETING", "2026-07-10")], 1, ["2026-07-10", null, null]],
    [
      "a follow-up on the same day as the clinical work counts",
      [touch("CLINICAL_WORK", "2026-07-06"), touch("THANK_YOU", "2026-07-06")],
      2,
      ["2026-07-06", "2026-07-06", null],
    ],
    [
      "a follow-up before any work together does not count",
      [touch("UPDATE", "2026-07-01"), touch("CLINICAL_WORK", "2026-07-06")],
      1,
      ["2026-07-06", null, null],
    ],
    [
      "an ask before any follow-up does not count",
      [touch("CLINICAL_WORK", "2026-07-06"), touch("CONCRETE_ASK", "2026-07-20"), touch("FOLLOW_UP", "2026-08-01")],
      2,
      ["2026-07-06", "2026-08-01", null],
    ],
    [
      "all three in order, logged out of order",
      [touch("CONCRETE_ASK", "2026-10-01"), touch("FOLLOW_UP", "2026-08-01"), touch("CLINICAL_WORK", "2026-07-06")],
      3,
      ["2026-07-06", "2026-08-01", "2026-10-01"],
    ],
    ["OTHER touches never count", [touch("OTHER", "2026-07-06"), touch("OTHER", "2026-08-06")], 0, [null, null, null]],
  ])("%s", (_name, touches, completed, doneOn) => {
    const progress = threeTouchProgress(touches);
    expect(progress.completed).toBe(completed);
    expect(progress.steps.map((s) => s.key)).toEqual(["work", "follow-up", "ask"]);
    expect(progress.steps.map((s) => iso(s.doneOn))).toEqual(doneOn);
    expect(progress.steps.map((s) => s.done)).toEqual(doneOn.map((x) => x !== null));
  });
});

describe("asks count as the concrete ask", () => {
  const work = touch("CLINICAL_WORK", "2026-09-01", { endsOn: d("2026-09-28") });
  const followUp = touch("FOLLOW_UP", "2026-10-05");
  const ask = (status: AskStatus, askedOn: string | null, respondedOn: string | null = null): AskLike => ({
    id: `a-${status}-${askedOn}`,
    status,
    askedOn: askedOn ? d(askedOn) : null,
    respondedOn: respondedOn ? d(respondedOn) : null,
  });
  it.each<[string, AskLike[], number, string | null]>([
    ["a letter asked for", [ask("ASKED", "2026-10-20")], 3, "2026-10-20"],
    ["intel agreed", [ask("AGREED", "2026-10-22", "2026-10-24")], 3, "2026-10-22"],
    ["a declined ask was still made", [ask("DECLINED", "2026-10-21", "2026-10-25")], 3, "2026-10-21"],
    ["a done ask", [ask("DONE", "2026-10-23")], 3, "2026-10-23"],
    ["the earliest ask after the follow-up is the step", [ask("AGREED", "2026-10-22"), ask("ASKED", "2026-10-20")], 3, "2026-10-20"],
    ["a planned ask has not happened", [ask("PLANNED", null)], 2, null],
    ["an ask made before the follow-up does not jump the order", [ask("ASKED", "2026-09-15")], 2, null],
  ])("%s", (_name, asks, completed, askDone) => {
    const progress = threeTouchProgress([work, followUp, ...asksAsTouches(asks)]);
    expect(progress.completed).toBe(completed);
    expect(iso(progress.steps[2]!.doneOn)).toBe(askDone);
  });

  it("turns only made asks into touches, dated when they were made", () => {
    expect(asksAsTouches([ask("PLANNED", null), ask("AGREED", null, "2026-10-24")]).map((t) => [t.kind, iso(t.occurredOn)])).toEqual([
      ["CONCRETE_ASK", "2026-10-24"],
    ]);
  });
});

describe("arrival", () => {
  const today = d("2026-11-27");
  it.each<[string, (string | null)[], string | null]>([
    ["no dates", [null, null], null],
    ["the later of two", ["2026-07-01", "2026-11-27"], "2026-11-27"],
    ["a time of day counts as its UTC day", ["2026-11-27T22:00:00Z"], "2026-11-27"],
    ["a date after today is ignored", ["2026-07-01", "2026-12-01"], "2026-07-01"],
  ])("arrivalDate: %s", (_name, dates, expected) => {
    expect(
      iso(
        arrivalDate(
          dates.map((x) => (x ? new Date(x.length === 10 ? `${x}T00:00:00Z` : x) : null)),
          today,
        ),
      ),
    ).toBe(expected);
  });

  it.each<[string, string, string | null, string]>([
    ["no arrival keeps the date", "2026-08-12", null, "2026-08-12"],
    ["due after the arrival keeps the date", "2026-12-20", "2026-11-27", "2026-12-20"],
    ["due on the arrival day keeps the date", "2026-11-27", "2026-11-27", "2026-11-27"],
    ["due before the arrival moves to two weeks after it", "2026-08-12", "2026-11-27", "2026-12-11"],
  ])("dueAfterArrival: %s", (_name, dueOn, arrived, expected) => {
    expect(iso(dueAfterArrival(d(dueOn), arrived ? d(arrived) : null))).toBe(expected);
  });

  it.each<[string, TouchLike[], string, string]>([
    ["a new A-list contact: intro two weeks after being added", [], "2026-11-27", "2026-12-11"],
    ["added in week one: the usual week-six date", [], "2026-07-03", "2026-08-12"],
    [
      "worked together before being added: follow up two weeks after",
      [touch("CLINICAL_WORK", "2026-09-01", { endsOn: d("2026-09-28") })],
      "2026-11-27",
      "2026-12-11",
    ],
    [
      "followed up after being added: ask 8 weeks later, as usual",
      [touch("CLINICAL_WORK", "2026-09-01"), touch("FOLLOW_UP", "2026-11-28")],
      "2026-11-27",
      "2027-01-23",
    ],
  ])("nextSuggestedTouch: %s", (_name, touches, arrived, dueOn) => {
    const next = nextSuggestedTouch({ touches, isAList: true, programStartDate: d("2026-07-01"), now: d("2026-11-28"), arrivedOn: d(arrived) });
    expect(iso(next.dueOn)).toBe(dueOn);
  });

  it("a follow-up owed from before the person was added is due after, not overdue", () => {
    const items = followUpsDue({ personId: "p1", personName: "Dr. Chen", touches: [email("2026-10-01")], now: d("2026-11-27"), arrivedOn: d("2026-11-27") });
    expect(items.map((i) => [i.type, iso(i.dueOn), i.overdue])).toEqual([["awaiting-reply", "2026-12-11", false]]);
  });

  it("the reapply-or-pivot decision of a resident who joined in November is due two weeks after joining", () => {
    expect(iso(decisionDeadline(d("2026-07-01"), d("2026-11-27")))).toBe("2026-12-11");
    expect(iso(decisionDeadline(d("2026-07-01"), d("2026-07-10")))).toBe("2026-09-01");
    const status = decisionStatus({ programStartDate: d("2026-07-01"), joinedOn: d("2026-11-27"), decision: "UNDECIDED", now: d("2026-11-27") });
    expect(status).toMatchObject({ overdue: false, daysLeft: 14 });
  });
});

describe("nextSuggestedTouch", () => {
  const programStartDate = d("2026-07-01");
  it.each<[string, TouchLike[], boolean, string, string, TouchKind, string]>([
    ["A-list, nothing yet: intro meeting by week 6", [], true, "2026-07-03", "work", "INTRO_MEETING", "2026-08-12"],
    ["A-list, nothing yet and week 6 has passed: keeps the past date", [], true, "2026-09-15", "work", "INTRO_MEETING", "2026-08-12"],
    ["not A-list, nothing yet: two weeks from now", [], false, "2026-09-15", "work", "INTRO_MEETING", "2026-09-29"],
    [
      "worked together: follow up 10 days after it ends",
      [touch("CLINICAL_WORK", "2026-07-06", { endsOn: d("2026-07-31") })],
      true,
      "2026-07-20",
      "follow-up",
      "FOLLOW_UP",
      "2026-08-10",
    ],
    [
      "intro meeting without end date: follow up 10 days after it",
      [touch("INTRO_MEETING", "2026-07-14")],
      false,
      "2026-07-15",
      "follow-up",
      "FOLLOW_UP",
      "2026-07-24",
    ],
    [
      "the latest step-1 touch sets the follow-up date",
      [touch("INTRO_MEETING", "2026-07-14"), touch("CLINICAL_WORK", "2026-09-01", { endsOn: d("2026-09-28") })],
      true,
      "2026-09-10",
      "follow-up",
      "FOLLOW_UP",
      "2026-10-08",
    ],
    [
      "followed up: concrete ask 8 weeks later",
      [touch("CLINICAL_WORK", "2026-07-06"), touch("THANK_YOU", "2026-08-03")],
      true,
      "2026-08-05",
      "ask",
      "CONCRETE_ASK",
      "2026-09-28",
    ],
    [
      "all three done: keep warm 90 days after the latest touch",
      [touch("CLINICAL_WORK", "2026-07-06"), touch("FOLLOW_UP", "2026-08-03"), touch("CONCRETE_ASK", "2026-10-01")],
      true,
      "2026-10-02",
      "keep-warm",
      "UPDATE",
      "2026-12-30",
    ],
  ])("%s", (_name, touches, isAList, now, step, kind, dueOn) => {
    const next = nextSuggestedTouch({ touches, isAList, programStartDate, now: d(now) });
    expect(next.step).toBe(step);
    expect(next.kind).toBe(kind);
    expect(iso(next.dueOn)).toBe(dueOn);
    expect(next.label.length).toBeGreaterThan(0);
    expect(next.reason.length).toBeGreaterThan(0);
  });

  it("says when the A-list intro meeting is overdue", () => {
    const early = nextSuggestedTouch({ touches: [], isAList: true, programStartDate, now: d("2026-07-03") });
    const late = nextSuggestedTouch({ touches: [], isAList: true, programStartDate, now: d("2026-09-15") });
    expect(late.reason).not.toBe(early.reason);
    expect(late.reason).toMatch(/not too late/);
  });
});

describe("followUpsDue", () => {
  const base = { personId: "p1", personName: "Dr. Chen" };
  type Case = [string, (TouchLike & { id: string })[], string, { type: DueItem["type"]; dueOn: string; overdue: boolean }[]];
  it.each<Case>([
    ["email, default 7 days", [email("2026-10-01")], "2026-10-05", [{ type: "awaiting-reply", dueOn: "2026-10-08", overdue: false }]],
    ["email, 10 days chosen", [email("2026-10-01", { followUpDays: 10 })], "2026-10-05", [{ type: "awaiting-reply", dueOn: "2026-10-11", overdue: false }]],
    ["5 days is clamped up to 7", [email("2026-10-01", { followUpDays: 5 })], "2026-10-05", [{ type: "awaiting-reply", dueOn: "2026-10-08", overdue: false }]],
    [
      "12 days is clamped down to 10",
      [email("2026-10-01", { followUpDays: 12 })],
      "2026-10-05",
      [{ type: "awaiting-reply", dueOn: "2026-10-11", overdue: false }],
    ],
    ["overdue the day after it was due", [email("2026-10-01")], "2026-10-09", [{ type: "awaiting-reply", dueOn: "2026-10-08", overdue: true }]],
    ["due today is not overdue", [email("2026-10-01")], "2026-10-08", [{ type: "awaiting-reply", dueOn: "2026-10-08", overdue: false }]],
    ["a received reply clears it", [email("2026-10-01", { replyReceivedOn: d("2026-10-03") })], "2026-10-09", []],
    ["a later touch of any kind clears it", [email("2026-10-01"), touch("OTHER", "2026-10-04")], "2026-10-09", []],
    [
      "a touch on the same day does not clear it",
      [email("2026-10-01"), touch("OTHER", "2026-10-01")],
      "2026-10-09",
      [{ type: "awaiting-reply", dueOn: "2026-10-08", overdue: true }],
    ],
    ["an email not awaiting a reply is nothing to chase", [email("2026-10-01", { awaitingReply: false })], "2026-10-09", []],
    ["a meeting is not an email to chase", [touch("FOLLOW_UP", "2026-10-01", { channel: "MEETING", awaitingReply: true })], "2026-10-09", []],
    ["clinical work ending in 10 days is not shown yet", [touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-30") })], "2026-10-20", []],
    [
      "clinical work ending in 7 days is shown",
      [touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-27") })],
      "2026-10-20",
      [{ type: "post-clinical", dueOn: "2026-11-06", overdue: false }],
    ],
    [
      "clinical work that ended: due 10 days after",
      [touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-31") })],
      "2026-11-03",
      [{ type: "post-clinical", dueOn: "2026-11-10", overdue: false }],
    ],
    [
      "clinical work long over and never followed up is overdue",
      [touch("CLINICAL_WORK", "2026-07-01", { endsOn: d("2026-07-31") })],
      "2026-09-01",
      [{ type: "post-clinical", dueOn: "2026-08-10", overdue: true }],
    ],
    ["clinical work without an end date waits", [touch("CLINICAL_WORK", "2026-10-01")], "2026-11-03", []],
    [
      "a thank-you after the clinical work clears it",
      [touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-31") }), touch("THANK_YOU", "2026-11-01")],
      "2026-11-03",
      [],
    ],
    [
      "an intro meeting during the rotation clears it",
      [touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-31") }), touch("INTRO_MEETING", "2026-10-15")],
      "2026-11-03",
      [],
    ],
    [
      "a follow-up from before the rotation does not clear it",
      [touch("FOLLOW_UP", "2026-09-01"), touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-31") })],
      "2026-11-03",
      [{ type: "post-clinical", dueOn: "2026-11-10", overdue: false }],
    ],
  ])("%s", (_name, touches, now, expected) => {
    const items = followUpsDue({ ...base, touches, now: d(now) });
    expect(items.map((i) => ({ type: i.type, dueOn: iso(i.dueOn), overdue: i.overdue }))).toEqual(expected);
    for (const item of items) {
      expect(item.personId).toBe("p1");
      expect(item.title).toContain("Dr. Chen");
      expect(touches.map((t) => t.id)).toContain(item.touchId);
    }
  });

  it("titles a silent email with how long it has been", () => {
    const [item] = followUpsDue({ ...base, touches: [email("2026-10-01")], now: d("2026-10-09") });
    expect(item?.title).toBe("Follow up with Dr. Chen: no reply for 8 days");
  });
});

describe("thisWeek", () => {
  const now = d("2026-11-02");
  const item = (dueOn: string, title = dueOn): DueItem => ({
    key: `k-${dueOn}`,
    type: "next-touch",
    personId: "p1",
    title,
    detail: "",
    dueOn: d(dueOn),
    overdue: false,
    href: "/people/p1",
    section: "people",
  });

  it.each([
    ["2026-11-01", "overdue"],
    ["2026-11-02", "dueThisWeek"],
    ["2026-11-09", "dueThisWeek"],
    ["2026-11-10", "later"],
  ] as const)("due %s → %s", (dueOn, bucket) => {
    const result = thisWeek([item(dueOn)], now);
    expect(result[bucket]).toHaveLength(1);
    expect(result.overdue.length + result.dueThisWeek.length + result.later.length).toBe(1);
  });

  it("sorts each list by due date", () => {
    const result = thisWeek([item("2026-11-05"), item("2026-10-20"), item("2026-12-01"), item("2026-11-03"), item("2026-10-30"), item("2026-11-20")], now);
    expect(result.overdue.map((i) => iso(i.dueOn))).toEqual(["2026-10-20", "2026-10-30"]);
    expect(result.dueThisWeek.map((i) => iso(i.dueOn))).toEqual(["2026-11-03", "2026-11-05"]);
    expect(result.later.map((i) => iso(i.dueOn))).toEqual(["2026-11-20", "2026-12-01"]);
  });
});

describe("askSpreadWarning", () => {
  const ask = (personId: string, kind: AskKind, status: AskStatus = "ASKED") => ({
    personId,
    personName: personId === "p1" ? "Dr. Chen" : "Dr. Ruiz",
    kind,
    status,
  });
  it.each([
    ["two kinds from one person", [ask("p1", "LETTER"), ask("p1", "INTEL")], []],
    ["the same kind twice is still one kind", [ask("p1", "LETTER"), ask("p1", "LETTER", "DONE"), ask("p1", "INTEL")], []],
    ["three kinds from one person", [ask("p1", "LETTER"), ask("p1", "INTEL"), ask("p1", "ADVOCACY", "PLANNED")], ["p1"]],
    ["a declined ask is ignored", [ask("p1", "LETTER"), ask("p1", "INTEL"), ask("p1", "ADVOCACY", "DECLINED")], []],
    ["spread across two people", [ask("p1", "LETTER"), ask("p1", "INTEL"), ask("p2", "ADVOCACY"), ask("p2", "INTRODUCTION")], []],
    [
      "only the person carrying too much is named",
      [ask("p2", "LETTER"), ask("p1", "LETTER"), ask("p1", "INTEL"), ask("p1", "INTRODUCTION"), ask("p1", "ADVOCACY")],
      ["p1"],
    ],
  ])("%s", (_name, asks, warned) => {
    const warnings = askSpreadWarning(asks);
    expect(warnings.map((w) => w.personId)).toEqual(warned);
    for (const w of warnings) expect(w.message).toContain("Dr. Chen");
  });
});

describe("lettersProgress", () => {
  const letter = (status: AskStatus, fromPrelimYear = true, inTargetSpecialty = false): LetterLike => ({ status, fromPrelimYear, inTargetSpecialty });
  it.each<[string, LetterLike[], number, number, number, [boolean, boolean, boolean]]>([
    ["none", [], 0, 0, 0, [false, false, false]],
    ["asked and planned do not count", [letter("ASKED"), letter("PLANNED", true, true)], 0, 0, 0, [false, false, false]],
    ["declined does not count", [letter("DECLINED", true, true), letter("AGREED")], 1, 1, 0, [false, false, false]],
    ["two prelim-year letters, none in the target", [letter("AGREED"), letter("DONE")], 2, 2, 0, [true, true, false]],
    ["two letters, one from before the prelim year", [letter("DONE", false, true), letter("AGREED", true, true)], 2, 1, 2, [true, false, true]],
    ["everything met", [letter("AGREED", true, true), letter("DONE"), letter("DONE", false)], 3, 2, 1, [true, true, true]],
  ])("%s", (_name, letters, secured, prelim, target, met) => {
    const p = lettersProgress(letters);
    expect([p.secured, p.fromPrelimYear, p.inTargetSpecialty]).toEqual([secured, prelim, target]);
    expect(p.checks.map((c) => c.key)).toEqual(["count", "prelim-year", "target-specialty"]);
    expect(p.checks.map((c) => c.met)).toEqual(met);
    expect(p.goalMin).toBe(2);
    expect(p.goalMax).toBe(4);
    expect(p.summary.length).toBeGreaterThan(0);
  });

  it("summary names what is still missing", () => {
    expect(lettersProgress([letter("AGREED")]).summary).toMatch(/from your target specialty/);
    expect(lettersProgress([letter("AGREED", true, true), letter("DONE")]).summary).not.toMatch(/still to go/i);
  });
});

describe("consistencyWarning", () => {
  const now = d("2026-09-30");
  it.each([
    ["no changes", [], false],
    ["two changes this month", ["2026-09-10", "2026-09-25"], false],
    ["three changes this month", ["2026-09-05", "2026-09-10", "2026-09-25"], true],
    ["three changes, one 30 days ago", ["2026-08-31", "2026-09-10", "2026-09-25"], true],
    ["old changes are ignored", ["2026-06-01", "2026-07-15", "2026-08-30", "2026-09-25"], false],
  ])("%s", (_name, dates, warns) => {
    const warning = consistencyWarning(
      dates.map((x) => ({ changedAt: d(x) })),
      now,
    );
    if (warns) expect(warning).toMatch(/remember/);
    else expect(warning).toBeNull();
  });
});

describe("decisionDeadline and decisionStatus", () => {
  it.each([
    ["2026-07-01", "2026-09-01"],
    ["2026-08-31", "2026-10-31"],
    ["2026-12-31", "2027-02-28"],
  ])("program start %s → decide by %s", (start, deadline) => {
    expect(iso(decisionDeadline(d(start)))).toBe(deadline);
  });

  it.each([
    ["UNDECIDED", "2026-08-02", 30, false, /September 1: 30 days left/],
    ["UNDECIDED", "2026-08-31", 1, false, /1 day left/],
    ["UNDECIDED", "2026-09-01", 0, false, /Today/],
    ["UNDECIDED", "2026-09-04", -3, true, /passed 3 days ago/],
    ["REAPPLY", "2026-09-04", -3, false, /reapply/],
    ["PIVOT", "2026-08-02", 30, false, /pivot/],
  ] as const)("%s on %s: %i days left, overdue %s", (decision, now, daysLeft, overdue, message) => {
    const status = decisionStatus({ programStartDate: d("2026-07-01"), decision, now: d(now) });
    expect(iso(status.deadline)).toBe("2026-09-01");
    expect(status.decided).toBe(decision !== "UNDECIDED");
    expect(status.daysLeft).toBe(daysLeft);
    expect(status.overdue).toBe(overdue);
    expect(status.message).toMatch(message);
  });

  it("counts calendar days when now carries a time of day", () => {
    const status = decisionStatus({ programStartDate: d("2026-07-01"), decision: "UNDECIDED", now: new Date("2026-08-31T23:30:00Z") });
    expect(status.daysLeft).toBe(1);
  });
});

describe("pivotPrompt", () => {
  it.each([
    ["dermatology", 1, false, 7],
    ["dermatology", 2, true, 7],
    ["internal-medicine", 3, false, 1],
    [null, 4, false, 0],
    ["not-a-specialty", 4, false, 0],
  ] as const)("%s after %i cycles → show %s", (specialty, unsuccessfulCycles, show, paths) => {
    const prompt = pivotPrompt({ specialty, unsuccessfulCycles });
    expect(prompt.show).toBe(show);
    expect(prompt.message === null).toBe(!show);
    expect(prompt.relatedPaths).toHaveLength(paths);
  });

  it("offers dermatology's related paths, and internal medicine's GI/cardiology road", () => {
    expect(pivotPrompt({ specialty: "dermatology", unsuccessfulCycles: 2 }).relatedPaths.map((p) => p.to)).toContain("Diagnostic radiology");
    expect(pivotPrompt({ specialty: "internal-medicine", unsuccessfulCycles: 3 }).relatedPaths[0]?.to).toMatch(/gastroenterology or cardiology/);
  });
});

describe("firstWeekChecklist", () => {
  it.each([
    [{ hasTarget: false, aListCount: 0, plannedMeetings: 0 }, [false, false, false], false],
    [{ hasTarget: true, aListCount: 4, plannedMeetings: 0 }, [true, false, false], false],
    [{ hasTarget: true, aListCount: 5, plannedMeetings: 0 }, [true, true, false], false],
    [{ hasTarget: true, aListCount: 6, plannedMeetings: 2 }, [true, true, true], true],
  ])("%o", (input, done, allDone) => {
    const list = firstWeekChecklist(input);
    expect(list.items.map((i) => i.key)).toEqual(["target", "a-list", "meetings"]);
    expect(list.items.map((i) => i.href)).toEqual(["/targets", "/people", "/people?aList=1"]);
    expect(list.items.map((i) => i.done)).toEqual(done);
    expect(list.allDone).toBe(allDone);
  });
});

describe("attentionScore", () => {
  const now = d("2026-10-01");
  type P = { name: string; isAList: boolean; nextDueOn: string | null; overdueCount: number; completedSteps: number };
  const people: P[] = [
    { name: "other, nothing due", isAList: false, nextDueOn: null, overdueCount: 0, completedSteps: 0 },
    { name: "A-list, due in 20 days", isAList: true, nextDueOn: "2026-10-21", overdueCount: 0, completedSteps: 1 },
    { name: "other, overdue once", isAList: false, nextDueOn: "2026-09-20", overdueCount: 1, completedSteps: 2 },
    { name: "other, due tomorrow", isAList: false, nextDueOn: "2026-10-02", overdueCount: 0, completedSteps: 1 },
    { name: "A-list, overdue twice", isAList: true, nextDueOn: "2026-09-10", overdueCount: 2, completedSteps: 1 },
    { name: "A-list, due in 3 days", isAList: true, nextDueOn: "2026-10-04", overdueCount: 0, completedSteps: 2 },
    { name: "A-list, nothing due", isAList: true, nextDueOn: null, overdueCount: 0, completedSteps: 3 },
    { name: "A-list, overdue once", isAList: true, nextDueOn: "2026-09-25", overdueCount: 1, completedSteps: 0 },
  ];
  const score = (p: P) => attentionScore({ ...p, nextDueOn: p.nextDueOn ? d(p.nextDueOn) : null, now });

  it("orders overdue first, then A-list by soonest due, then everyone else", () => {
    const order = [...people].sort((a, b) => score(b) - score(a)).map((p) => p.name);
    expect(order).toEqual([
      "A-list, overdue twice",
      "A-list, overdue once",
      "other, overdue once",
      "A-list, due in 3 days",
      "A-list, due in 20 days",
      "A-list, nothing due",
      "other, due tomorrow",
      "other, nothing due",
    ]);
  });

  it.each([
    ["fewer completed steps breaks a tie", { completedSteps: 0 }, { completedSteps: 2 }],
    ["a sooner due date beats a later one", { nextDueOn: d("2026-10-03") }, { nextDueOn: d("2026-10-30") }],
    ["any due date beats none", { nextDueOn: d("2027-12-01") }, { nextDueOn: null }],
  ])("%s", (_name, higher, lower) => {
    const base = { isAList: false, nextDueOn: null, overdueCount: 0, completedSteps: 1, now };
    expect(attentionScore({ ...base, ...higher })).toBeGreaterThan(attentionScore({ ...base, ...lower }));
  });
});

describe("date arithmetic does not depend on the server's time zone", () => {
  // Whole timestamps, not just the day: a result at 01:00Z or 23:00Z would mean the local zone leaked in.
  const full = (date: Date | null) => date?.toISOString() ?? null;
  beforeAll(() => {
    vi.stubEnv("TZ", "America/Los_Angeles");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    // Each crosses the US daylight-saving change on Nov 1 2026 or Mar 14 2027.
    [
      "follow-up after a rotation ending Oct 28",
      () =>
        full(
          nextSuggestedTouch({
            touches: [touch("CLINICAL_WORK", "2026-10-01", { endsOn: d("2026-10-28") })],
            isAList: true,
            programStartDate: d("2026-07-01"),
            now: d("2026-10-20"),
          }).dueOn,
        ),
      "2026-11-07T00:00:00.000Z",
    ],
    ["decision deadline from Jan 10", () => full(decisionDeadline(d("2027-01-10"))), "2027-03-10T00:00:00.000Z"],
    [
      "keep-warm 90 days from Jan 1",
      () =>
        full(
          nextSuggestedTouch({
            touches: [touch("CLINICAL_WORK", "2026-11-01"), touch("FOLLOW_UP", "2026-11-15"), touch("CONCRETE_ASK", "2027-01-01")],
            isAList: false,
            programStartDate: d("2026-07-01"),
            now: d("2027-01-02"),
          }).dueOn,
        ),
      "2027-04-01T00:00:00.000Z",
    ],
  ])("%s", (_name, run, expected) => {
    expect(new Date(2026, 10, 5).getTimezoneOffset()).toBe(480);
    expect(run()).toBe(expected);
  });
});
