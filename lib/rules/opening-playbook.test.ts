import { describe, expect, it } from "vitest";
import { evaluateMessage, type MessageContext } from "@/lib/rules/message-rules";
import {
  eligibilityChecks,
  parseExpectedStart,
  playbookDraft,
  playbookSteps,
  postPgyYear,
  prelimYearEnds,
  type PostFacts,
  type ResidentFacts,
} from "@/lib/rules/opening-playbook";
import { specialtyLabel } from "@/lib/rules/specialties";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = d("2026-11-27");
const labels = { specialty: (id: string) => specialtyLabel(id) };

const post = (over: Partial<PostFacts> = {}): PostFacts => ({
  title: "PGY-2 neurology spot",
  body: "A resident left; the program needs someone for July.",
  programName: "Neurology Residency",
  institution: "Columbus University Hospital",
  specialty: "neurology",
  openingLevel: "PGY2",
  pgyLevel: null,
  expectedStart: "July 2027",
  ...over,
});
const resident = (over: Partial<ResidentFacts> = {}): ResidentFacts => ({
  track: "PRELIM_MEDICINE",
  programStartDate: d("2026-07-01"),
  visaStatus: "J1",
  targetSpecialty: "neurology",
  ...over,
});
const check = (key: string, p: PostFacts, r: ResidentFacts) => eligibilityChecks(p, r, TODAY, labels).find((c) => c.key === key)!;

describe("parseExpectedStart", () => {
  it.each([
    ["July 2027", "2027-07-01"],
    ["starts Jan 1st, 2027", "2027-01-01"],
    ["2027-07", "2027-07-01"],
    ["07/2027", "2027-07-01"],
    ["January", "2027-01-01"],
    ["December", "2026-12-01"],
    ["November", "2026-11-01"],
    ["2027", "2027-07-01"],
    ["ASAP", "2026-11-27"],
    ["immediately", "2026-11-27"],
    ["when they find someone", null],
    ["", null],
    [null, null],
  ] as const)("%s -> %s", (text, expected) => {
    const got = parseExpectedStart(text, TODAY);
    expect(got ? got.toISOString().slice(0, 10) : null).toBe(expected);
  });
});

describe("postPgyYear", () => {
  it.each([
    [{ openingLevel: "PGY2", pgyLevel: null, title: "x" }, 2],
    [{ openingLevel: "ADVANCED", pgyLevel: null, title: "x" }, 2],
    [{ openingLevel: "CATEGORICAL_PGY1", pgyLevel: null, title: "x" }, 1],
    [{ openingLevel: null, pgyLevel: "PGY-3", title: "x" }, 3],
    [{ openingLevel: "PGY2", pgyLevel: "pgy 3", title: "x" }, 3],
    [{ openingLevel: null, pgyLevel: null, title: "Unexpected PGY2 vacancy" }, 2],
    [{ openingLevel: null, pgyLevel: null, title: "An opening" }, null],
  ] as const)("%o -> %s", (p, expected) => {
    expect(postPgyYear(p)).toBe(expected);
  });
});

describe("prelimYearEnds", () => {
  it("is the day before the anniversary of the start; an applicant has no prelim year", () => {
    expect(
      prelimYearEnds({ track: "PRELIM_MEDICINE", programStartDate: d("2026-07-01") })
        ?.toISOString()
        .slice(0, 10),
    ).toBe("2027-06-30");
    expect(prelimYearEnds({ track: "APPLICANT", programStartDate: d("2026-07-01") })).toBeNull();
  });
});

describe("eligibilityChecks", () => {
  it.each([
    ["PGY-2 in July after a July-June prelim year", post(), resident(), "ok"],
    ["PGY-2 starting in January, mid prelim year", post({ expectedStart: "January 2027" }), resident(), "conflict"],
    ["PGY-2 for an applicant with no US training", post(), resident({ track: "APPLICANT" }), "conflict"],
    ["PGY-1 categorical for a prelim", post({ openingLevel: "CATEGORICAL_PGY1", title: "Categorical spot" }), resident(), "ok"],
    ["PGY-3", post({ pgyLevel: "PGY-3" }), resident(), "conflict"],
    ["no level at all", post({ openingLevel: null, title: "An opening" }), resident(), "ask"],
  ] as const)("training level: %s -> %s", (_name, p, r, status) => {
    expect(check("level", p, r).status).toBe(status);
  });

  it.each([
    ["readable and after the prelim year", post(), resident(), "ok"],
    ["unreadable", post({ expectedStart: "soon-ish" }), resident(), "ask"],
    ["missing", post({ expectedStart: null }), resident(), "ask"],
    ["already passed", post({ expectedStart: "September 2026" }), resident(), "ask"],
    ["PGY-1 before the prelim year ends", post({ openingLevel: "CATEGORICAL_PGY1", title: "Categorical", expectedStart: "January 2027" }), resident(), "ask"],
  ] as const)("start date: %s -> %s", (_name, p, r, status) => {
    expect(check("start", p, r).status).toBe(status);
  });

  it.each([
    ["citizen", post(), resident({ visaStatus: "US_CITIZEN_OR_PR" }), "ok"],
    ["J-1 and the post mentions J-1", post({ body: "They sponsor J-1 visas through ECFMG." }), resident(), "ok"],
    ["J-1 and the post says nothing", post(), resident(), "ask"],
    ["H-1B and the post mentions J1 only", post({ body: "J1 only." }), resident({ visaStatus: "H1B" }), "ask"],
    ["H-1B and the post mentions H-1B", post({ body: "H-1B possible." }), resident({ visaStatus: "H1B" }), "ok"],
    ["the post says no sponsorship", post({ body: "The program does not sponsor visas." }), resident(), "conflict"],
    [
      "citizens or green card holders only",
      post({ body: "US citizens or green card holders only." }),
      resident({ visaStatus: "NEEDS_SPONSORSHIP" }),
      "conflict",
    ],
  ] as const)("visa: %s -> %s", (_name, p, r, status) => {
    expect(check("visa", p, r).status).toBe(status);
  });

  it.each([
    ["same as the target", post(), resident(), "ok", /your stated target/],
    ["another specialty", post({ specialty: "internal-medicine" }), resident(), "ask", /record it on Targets/],
    ["no target yet", post(), resident({ targetSpecialty: null }), "ask", /Set your target/],
    ["no specialty in the post", post({ specialty: null }), resident(), "ask", /does not name/],
  ] as const)("specialty: %s -> %s", (_name, p, r, status, message) => {
    const c = check("specialty", p, r);
    expect(c.status).toBe(status);
    expect(c.message).toMatch(message);
  });
});

describe("playbookSteps", () => {
  const base = { eligibilityCheckedOn: null, pdAsk: null, writerAsk: null, program: null, messageSentAt: null };
  it.each([
    ["nothing done", base, ["todo", "todo", "todo"], "eligibility"],
    ["eligibility checked", { ...base, eligibilityCheckedOn: d("2026-11-20") }, ["done", "todo", "todo"], "support"],
    [
      "one backer agreed",
      { ...base, eligibilityCheckedOn: d("2026-11-20"), pdAsk: { status: "AGREED", personName: "Dr. A" }, writerAsk: { status: "ASKED", personName: "Dr. B" } },
      ["done", "in-progress", "todo"],
      "support",
    ],
    [
      "a backer hesitated",
      { ...base, pdAsk: { status: "DECLINED", personName: "Dr. A" }, writerAsk: { status: "AGREED", personName: "Dr. B" } },
      ["todo", "blocked", "todo"],
      "eligibility",
    ],
    [
      "both agreed, program chosen",
      {
        ...base,
        eligibilityCheckedOn: d("2026-11-20"),
        pdAsk: { status: "AGREED", personName: "Dr. A" },
        writerAsk: { status: "DONE", personName: "Dr. B" },
        program: { name: "Neuro" },
      },
      ["done", "done", "todo"],
      "message",
    ],
    [
      "message sent",
      {
        eligibilityCheckedOn: d("2026-11-20"),
        pdAsk: { status: "AGREED", personName: "Dr. A" },
        writerAsk: { status: "AGREED", personName: "Dr. B" },
        program: { name: "Neuro" },
        messageSentAt: d("2026-11-26"),
      },
      ["done", "done", "done"],
      null,
    ],
    ["program chosen before the backers said yes", { ...base, program: { name: "Neuro" } }, ["todo", "todo", "in-progress"], "eligibility"],
  ] as const)("%s", (_name, state, statuses, next) => {
    const result = playbookSteps(state);
    expect(result.steps.map((s) => s.status)).toEqual(statuses);
    expect(result.next).toBe(next);
  });

  it("says who hesitated and what to do about it", () => {
    const { steps } = playbookSteps({
      eligibilityCheckedOn: null,
      pdAsk: { status: "DECLINED", personName: "Dr. Ramos" },
      writerAsk: null,
      program: null,
      messageSentAt: null,
    });
    expect(steps[1]!.detail).toMatch(/Dr\. Ramos hesitated.*fix it before writing to the program/);
  });
});

describe("playbookDraft", () => {
  const draft = playbookDraft({
    resident: { name: "Amira Haddad", track: "PRELIM_MEDICINE", institution: "Mercy General", targetLabel: "Neurology" },
    post: { programName: "Columbus Neurology", specialtyLabel: "Neurology", pgyYear: 2, expectedStart: d("2027-07-01") },
    backers: ["Dr. Ramos", "Dr. Chen"],
    highlight: null,
  });

  it("names the position, the resident, their backers and what only they can fill in", () => {
    expect(draft.subject).toBe("Preliminary internal medicine resident: interest in your PGY-2 neurology position");
    expect(draft.body).toContain("I am a preliminary internal medicine resident at Mercy General, working toward a categorical position in neurology.");
    expect(draft.body).toContain("PGY-2 neurology opening at Columbus Neurology starting in July 2027");
    expect(draft.body).toContain("Dr. Ramos and Dr. Chen have kindly agreed");
    expect(draft.body).toContain("[programDirectorName]");
    expect(draft.body).toContain("[highlight]");
  });

  it("stays within a one-minute read", () => {
    expect(`${draft.subject} ${draft.body}`.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(200);
  });

  it("breaks none of the honesty rules about rankings, deals, first choices or the resident's story", () => {
    const context: MessageContext = {
      profile: { targetSpecialty: "neurology", visaStatus: "J1" },
      program: { id: "p", name: "Columbus Neurology", postInterviewCommunication: "UNKNOWN", participatesInMatch: true, interviewDate: null },
      calendar: {
        applicationsOpen: d("2026-09-24"),
        rankListDeadline: d("2027-03-03"),
        matchWeekMonday: d("2027-03-15"),
        soapEnd: d("2027-03-18"),
        matchDay: d("2027-03-19"),
        trainingStart: d("2027-07-01"),
      },
      programContactedFirstDuringSoap: false,
      sentThisCycle: [],
    };
    const check = (body: string) =>
      evaluateMessage({ programId: "p", kind: "OTHER", subject: draft.subject, body, sentAt: TODAY }, context).filter((f) => f.severity === "block");
    // Filled in as the resident would, nothing blocks; left as handed over, only the fill-ins do.
    const filled = draft.body.replace("[highlight]", "completed a QI project on sepsis handoffs").replace("[programDirectorName]", "Dr. Okafor");
    expect(check(filled)).toEqual([]);
    const gaps = check(draft.body);
    expect(gaps.map((f) => [f.rule, f.quote])).toEqual([["unfilled-placeholder", "[programDirectorName]"]]);
    expect(gaps[0]!.message).toMatch(/^Fill in \[programDirectorName\] \(the program director's name\) and \[highlight\] \(.+\) before sending\./);
  });

  it("fills in a highlight and drops the backers line when nobody has agreed yet", () => {
    const other = playbookDraft({
      resident: { name: "Sam Lee", track: "APPLICANT", institution: "", targetLabel: null },
      post: { programName: "", specialtyLabel: null, pgyYear: null, expectedStart: null },
      backers: [],
      highlight: "presented a case report at the state ACP meeting",
    });
    expect(other.subject).toBe("Applicant: interest in an opening in your program");
    expect(other.body).toContain("I am a physician applying for a categorical position. I understand there may be an opening, and I would be grateful");
    expect(other.body).toContain("This year I presented a case report");
    expect(other.body).not.toContain("agreed to speak");
  });
});
