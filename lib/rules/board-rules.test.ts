import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canConfirm,
  checkPost,
  detectOfficialListRepost,
  detectPersonalCircumstances,
  evidenceState,
  flagThreshold,
  shouldHide,
  type EvidenceState,
  type PostDraft,
} from "@/lib/rules/board-rules";

const NOW = new Date("2026-03-10T12:00:00Z");

function draft(overrides: Partial<PostDraft> = {}): PostDraft {
  return {
    kind: "OPENING",
    openingLevel: "PGY2",
    specialty: "neurology",
    programName: "Neurology Residency",
    institution: "Mercy General",
    location: "Columbus, OH",
    pgyLevel: "PGY-2",
    expectedStart: "2026-07-01",
    title: "PGY-2 neurology spot for July",
    body: "The program has one PGY-2 position for July; the coordinator is taking CVs until the end of the month.",
    evidence: { kind: "CONFIRMED", sourceType: "COORDINATOR_OR_PD_EMAIL", confirmedOn: "2026-03-08", link: null },
    acknowledgedPersonWarning: false,
    ...overrides,
  };
}

const rumour = (heardOn: string, heardHow = "From a co-resident on nights"): PostDraft["evidence"] => ({ kind: "RUMOUR", heardOn, heardHow });
const confirmed = (sourceType: "PROGRAM_WEBSITE" | null, confirmedOn: string | null, link: string | null = null): PostDraft["evidence"] => ({
  kind: "CONFIRMED",
  sourceType,
  confirmedOn,
  link,
});

const fields = (d: PostDraft) => checkPost(d, NOW).errors.map((e) => e.field);

describe("checkPost", () => {
  it("accepts a complete confirmed opening with no errors or warnings", () => {
    expect(checkPost(draft(), NOW)).toEqual({ errors: [], warnings: [] });
  });

  it.each<[string, Partial<PostDraft>, string[]]>([
    ["confirmed without a source type", { evidence: confirmed(null, "2026-03-01") }, ["evidence.sourceType"]],
    ["confirmed without a date", { evidence: confirmed("PROGRAM_WEBSITE", null) }, ["evidence.confirmedOn"]],
    ["confirmed with a date that does not exist", { evidence: confirmed("PROGRAM_WEBSITE", "2026-02-30") }, ["evidence.confirmedOn"]],
    ["confirmed two days ahead", { evidence: confirmed("PROGRAM_WEBSITE", "2026-03-12") }, ["evidence.confirmedOn"]],
    ["confirmed with tomorrow's date (already today east of UTC)", { evidence: confirmed("PROGRAM_WEBSITE", "2026-03-11") }, []],
    ["confirmed with an ftp link", { evidence: confirmed("PROGRAM_WEBSITE", "2026-03-01", "ftp://example.org/x") }, ["evidence.link"]],
    ["confirmed with a javascript: link", { evidence: confirmed("PROGRAM_WEBSITE", "2026-03-01", "javascript:alert(1)") }, ["evidence.link"]],
    ["confirmed with an https link", { evidence: confirmed("PROGRAM_WEBSITE", "2026-03-01", "https://mercy.example.org/gme") }, []],
    ["confirmed with a blank link", { evidence: confirmed("PROGRAM_WEBSITE", "2026-03-01", "  ") }, []],
    ["rumour heard today", { evidence: rumour("2026-03-10") }, []],
    ["rumour without a heard-on date", { evidence: rumour("") }, ["evidence.heardOn"]],
    ["rumour heard in the future", { evidence: rumour("2026-04-01") }, ["evidence.heardOn"]],
    ["rumour with a malformed date", { evidence: rumour("10/03/2026") }, ["evidence.heardOn"]],
    ["rumour without saying how", { evidence: rumour("2026-03-01", "   ") }, ["evidence.heardHow"]],
    ["rumour with 200 characters of how", { evidence: rumour("2026-03-01", "x".repeat(200)) }, []],
    ["rumour with 201 characters of how", { evidence: rumour("2026-03-01", "x".repeat(201)) }, ["evidence.heardHow"]],
    ["neither program nor institution", { programName: " ", institution: "" }, ["programName"]],
    ["institution only", { programName: "", institution: "Mercy General" }, []],
    ["opening without a level", { openingLevel: null }, ["openingLevel"]],
    ["leadership change needs no level", { kind: "LEADERSHIP_CHANGE", openingLevel: null, title: "New PD from July" }, []],
    ["empty title", { title: "" }, ["title"]],
    ["120-character title", { title: "t".repeat(120) }, []],
    ["121-character title", { title: "t".repeat(121) }, ["title"]],
    ["empty body", { body: "\n\t" }, ["body"]],
    ["4,000-character body", { body: "b".repeat(4000) }, []],
    ["4,001-character body", { body: "b".repeat(4001) }, ["body"]],
    ["a reposted unfilled list", { body: "Copied from the List of Unfilled Programs: IM, FM, peds." }, ["body"]],
  ])("%s", (_name, overrides, expected) => {
    expect(fields(draft(overrides))).toEqual(expected);
  });

  it.each([
    [false, ["acknowledgedPersonWarning"]],
    [true, []],
  ])("a post about a person, acknowledged=%s, warns and errors only until acknowledged", (acknowledged, expectedFields) => {
    const result = checkPost(draft({ body: "Dr. Patel is going through a divorce so the PGY-2 spot may open.", acknowledgedPersonWarning: acknowledged }), NOW);
    expect(result.errors.map((e) => e.field)).toEqual(expectedFields);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.rule).toBe("about-a-person");
    expect(result.warnings[0]?.matches).toEqual(["divorce"]);
  });

  it("writes every error as a full sentence", () => {
    const result = checkPost(draft({ title: "", body: "", programName: "", institution: "", openingLevel: null }), NOW);
    expect(result.errors.length).toBeGreaterThanOrEqual(4);
    for (const error of result.errors) expect(error.message).toMatch(/^[A-Z].+[.]$/);
  });

  it("never throws on arbitrary strings, and always returns arrays", () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.constant(""));
    const evidence = fc.oneof(
      fc.record({ kind: fc.constant("RUMOUR" as const), heardOn: text, heardHow: text }),
      fc.record({
        kind: fc.constant("CONFIRMED" as const),
        sourceType: fc.constantFrom("PROGRAM_WEBSITE" as const, null),
        confirmedOn: fc.option(text),
        link: fc.option(text),
      }),
    );
    const arbitraryDraft = fc.record({
      kind: fc.constantFrom("OPENING" as const, "LEADERSHIP_CHANGE" as const, "AFFILIATE_POSITIONS" as const, "VACANCY_SOAP_INTEL" as const, "OTHER" as const),
      openingLevel: fc.constantFrom("CATEGORICAL_PGY1" as const, "PGY2" as const, "ADVANCED" as const, null),
      specialty: fc.option(text),
      programName: text,
      institution: text,
      location: text,
      pgyLevel: fc.option(text),
      expectedStart: fc.option(text),
      title: text,
      body: text,
      evidence,
      acknowledgedPersonWarning: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryDraft, fc.date({ noInvalidDate: false }), (d, now) => {
        const result = checkPost(d, now);
        expect(Array.isArray(result.errors)).toBe(true);
        expect(Array.isArray(result.warnings)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("evidenceState", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  type GradedPost = Parameters<typeof evidenceState>[0];
  const base: GradedPost = {
    evidenceKind: "RUMOUR",
    heardOn: day("2026-03-01"),
    lastConfirmedAt: null,
    disputeCount: 0,
    confirmCount: 0,
    corroborationCount: 0,
  };

  // Heard on 2026-03-01: day 21 is 2026-03-22, day 22 is 2026-03-23.
  it.each<[string, Partial<GradedPost>, string, EvidenceState]>([
    ["rumour heard today", {}, "2026-03-01T09:00:00Z", "FRESH_RUMOUR"],
    ["rumour on day 21 (late in the day)", {}, "2026-03-22T23:59:59Z", "FRESH_RUMOUR"],
    ["rumour on day 22 (just after midnight)", {}, "2026-03-23T00:00:01Z", "STALE"],
    ["rumour with no date at all", { heardOn: null }, "2026-03-02T00:00:00Z", "STALE"],
    ["rumour heard on a future date", { heardOn: day("2026-03-05") }, "2026-03-01T12:00:00Z", "FRESH_RUMOUR"],
    ["old rumour with a later re-confirmation date, no count", { lastConfirmedAt: day("2026-03-20") }, "2026-04-10T12:00:00Z", "FRESH_RUMOUR"],
    ["old rumour, re-confirmation date also old", { lastConfirmedAt: day("2026-03-20") }, "2026-04-11T12:00:00Z", "STALE"],
    // "I heard it too" re-dates a rumour but never confirms it (issue 15, "Hearsay becomes Confirmed").
    ["rumour corroborated by two members yesterday", { lastConfirmedAt: day("2026-05-31"), corroborationCount: 2 }, "2026-06-01T00:00:00Z", "FRESH_RUMOUR"],
    ["old rumour corroborated long ago fades like any rumour", { lastConfirmedAt: day("2026-03-02"), corroborationCount: 1 }, "2026-06-01T00:00:00Z", "STALE"],
    [
      "rumour a member confirmed with a source (the database upgrades it)",
      { evidenceKind: "CONFIRMED", lastConfirmedAt: day("2026-03-02"), confirmCount: 1 },
      "2026-06-01T00:00:00Z",
      "CONFIRMED",
    ],
    ["confirmCount without a confirmation date stays a rumour", { confirmCount: 1 }, "2026-06-01T00:00:00Z", "STALE"],
    ["confirmed evidence, however old", { evidenceKind: "CONFIRMED", heardOn: null }, "2027-01-01T00:00:00Z", "CONFIRMED"],
    ["fresh rumour with one dispute", { disputeCount: 1 }, "2026-03-02T00:00:00Z", "DISPUTED"],
    ["stale rumour with one dispute", { disputeCount: 1 }, "2026-05-01T00:00:00Z", "DISPUTED"],
    ["confirmed evidence outnumbered by disputes", { evidenceKind: "CONFIRMED", disputeCount: 1 }, "2026-03-02T00:00:00Z", "DISPUTED"],
    ["confirmed evidence, disputes equal confirmations", { evidenceKind: "CONFIRMED", disputeCount: 2, confirmCount: 2 }, "2026-03-02T00:00:00Z", "CONFIRMED"],
    [
      "member-confirmed post with more confirmations than disputes",
      { evidenceKind: "CONFIRMED", lastConfirmedAt: day("2026-03-03"), confirmCount: 3, disputeCount: 2 },
      "2026-03-04T00:00:00Z",
      "CONFIRMED",
    ],
    [
      "member-confirmed post with more disputes",
      { evidenceKind: "CONFIRMED", lastConfirmedAt: day("2026-03-03"), confirmCount: 1, disputeCount: 2 },
      "2026-03-04T00:00:00Z",
      "DISPUTED",
    ],
    [
      "corroborations weigh against disputes: a tie is not a dispute",
      { lastConfirmedAt: day("2026-03-03"), corroborationCount: 2, disputeCount: 2 },
      "2026-03-04T00:00:00Z",
      "FRESH_RUMOUR",
    ],
    [
      "a rumour with more disputes than corroborations",
      { lastConfirmedAt: day("2026-03-03"), corroborationCount: 1, disputeCount: 2 },
      "2026-03-04T00:00:00Z",
      "DISPUTED",
    ],
  ])("%s", (_name, overrides, now, expected) => {
    expect(evidenceState({ ...base, ...overrides }, new Date(now))).toBe(expected);
  });
});

describe("canConfirm", () => {
  it.each<[string | null, string, boolean]>([
    ["user-1", "user-1", false],
    ["user-1", "user-2", true],
    [null, "user-2", true],
    [null, "", false],
  ])("author %s, confirmer %j -> allowed %s", (authorId, confirmerId, ok) => {
    const result = canConfirm({ authorId, confirmerId });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toMatch(/^[A-Z].+\.$/);
  });
});

describe("flagThreshold", () => {
  it.each([
    [0, 2],
    [1, 2],
    [2, 2],
    [5, 2],
    [6, 2],
    [10, 2],
    [11, 3],
    [15, 3],
    [100, 3],
    [-4, 2],
    [Number.NaN, 2],
  ])("%d members -> %d flags", (members, expected) => {
    expect(flagThreshold(members)).toBe(expected);
  });
});

describe("shouldHide", () => {
  it.each([
    // members, flags from members, a moderator flagged, hidden
    [5, 1, false, false],
    [5, 2, false, true],
    [3, 1, false, false],
    [20, 2, false, false],
    [20, 3, false, true],
    [20, 0, true, true],
    [2, 1, true, true],
  ])("%d members, %d member flags, moderator %s -> %s", (memberCount, flagsFromMembers, flaggedByModerator, hidden) => {
    expect(shouldHide({ memberCount, flagsFromMembers, flaggedByModerator })).toBe(hidden);
  });
});

describe("detectPersonalCircumstances", () => {
  it.each<[string, string[]]>([
    // about a person: should trigger
    ["Dr. Patel is going through a divorce.", ["divorce"]],
    ["Sarah was dismissed for failing boards.", ["dismissed", "failing boards"]],
    ["The intern is on medical leave for depression.", ["medical leave", "depression"]],
    ["A resident who got arrested last month left, so there is a spot.", ["arrested"]],
    ["Heard the PGY-1 who quit is pregnant.", ["pregnant"]],
    ["The chief resident went to rehab for alcoholism.", ["to rehab", "alcoholism"]],
    ["Opening in IM. She was fired after a harassment complaint.", ["fired", "harassment"]],
    ["Maria Lopez's husband died in January.", ["husband", "died"]],
    ["Our PD is on probation, so the program may lose a line.", ["probation"]],
    ["Dr Kim left because of personal issues.", ["personal issues"]],
    // about a position: should not trigger
    ["A PGY-2 position opened after a resident left the program.", []],
    ["Mercy General has one categorical PGY-1 spot in Family Medicine.", []],
    ["The PGY-1 position opened after a mid-year dismissal.", []],
    ["Dr. Lee is the new program director from July.", []],
    ["Physical Medicine and Rehabilitation added two advanced positions at the affiliate.", []],
    ["Internal Medicine at Mercy General will take one PGY-2 in July; apply through the coordinator.", []],
    ["New cardiac arrest simulation lab, and a PGY-2 spot is open.", []],
    ["Someone was dismissed at another program, I heard.", []],
    ["Two residents were let go program-wide, so there are two spots.", []],
    ["The program expects pregnancy-related leave cover needs in spring.", []],
  ])("%j -> %j", (text, expected) => {
    expect(detectPersonalCircumstances(text)).toEqual(expected);
  });
});

describe("detectOfficialListRepost", () => {
  it.each<[string, string | null]>([
    ["Here is the list of unfilled programs for IM.", "the list of unfilled programs"],
    ["NRMP unfilled list: 12 IM programs in Ohio.", "NRMP unfilled list"],
    ["R3 unfilled programs list pasted below.", "R3 unfilled programs list"],
    ["Copied from the List of Unfilled Programs this morning.", "the List of Unfilled Programs"],
    ["SOAP list attached, see the FM section.", "SOAP list attached"],
    ["Programs: 1234140C0, 2345140P0, 3456140C0 all still open.", "1234140C0, 2345140P0, 3456140C0"],
    ["Check R3 for the list of unfilled programs when it goes live on Monday.", null],
    ["The program went unfilled in the Match and will SOAP two spots.", null],
    ["Our PD said the program had an unfilled PGY-1 position last year.", null],
    ["The SOAP schedule is out; read the NRMP guide before applying.", null],
    ["Program code 1234140C0 has one PGY-2 spot.", null],
  ])("%j -> %j", (text, expected) => {
    expect(detectOfficialListRepost(text)).toBe(expected);
  });
});
