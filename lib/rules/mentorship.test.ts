import { describe, expect, it } from "vitest";
import { MENTOR_ROLES } from "@/lib/labels/evidence";
import { MENTOR_ROLE_INFO, mentorFitNote, mentorshipBoard, type Assignment } from "@/lib/rules/mentorship";

const a = (over: Partial<Assignment>): Assignment => ({
  role: "CLINICAL",
  personId: "p1",
  personName: "Dr. Ada",
  personRole: "ATTENDING",
  strongYes: false,
  note: null,
  ...over,
});

describe("mentorshipBoard", () => {
  it("shows every role as a gap when nobody is named", () => {
    const board = mentorshipBoard([]);
    expect(board.roles.map((r) => r.role)).toEqual([...MENTOR_ROLES]);
    expect(board.gaps).toEqual([
      "No clinical mentor yet",
      "No career mentor yet",
      "No research mentor yet",
      "No near-peer mentor yet",
      "No upper-level residents named yet",
    ]);
    expect(board.filled).toBe(0);
  });

  it.each([
    ["one upper-level", [a({ role: "UPPER_LEVEL", personRole: "SENIOR_RESIDENT" })], "1 of 3 upper-level residents named"],
    [
      "three upper-levels, two a strong yes",
      [
        a({ role: "UPPER_LEVEL", personId: "1", personName: "A", personRole: "SENIOR_RESIDENT", strongYes: true }),
        a({ role: "UPPER_LEVEL", personId: "2", personName: "B", personRole: "SENIOR_RESIDENT", strongYes: true }),
        a({ role: "UPPER_LEVEL", personId: "3", personName: "C", personRole: "CHIEF_RESIDENT" }),
      ],
      "2 of 3 upper-levels are a strong yes so far",
    ],
    [
      "three upper-levels, all a strong yes",
      [1, 2, 3].map((i) => a({ role: "UPPER_LEVEL", personId: String(i), personName: `R${i}`, personRole: "SENIOR_RESIDENT", strongYes: true })),
      null,
    ],
  ] as const)("upper-levels: %s", (_name, assignments, gap) => {
    const board = mentorshipBoard([...assignments]);
    expect(board.roles.find((r) => r.role === "UPPER_LEVEL")!.gap).toBe(gap);
  });

  it("counts a role as filled by one person, and lets one person fill two roles", () => {
    const board = mentorshipBoard([a({ role: "CLINICAL" }), a({ role: "RESEARCH" })]);
    expect(board.filled).toBe(2);
    expect(board.gaps).not.toContain("No clinical mentor yet");
    expect(board.gaps).toContain("No near-peer mentor yet");
  });
});

describe("mentorFitNote", () => {
  it.each([
    ["UPPER_LEVEL", "SENIOR_RESIDENT", null],
    ["UPPER_LEVEL", "ATTENDING", /senior or chief resident/],
    ["NEAR_PEER", "PROGRAM_DIRECTOR", /few years ahead/],
    ["CLINICAL", "ATTENDING", null],
    ["CAREER", "COORDINATOR", /unusual fit/],
  ] as const)("%s played by %s", (role, personRole, note) => {
    const got = mentorFitNote(role, personRole);
    if (note === null) expect(got).toBeNull();
    else expect(got).toMatch(note);
  });
});

describe("where to find each mentor", () => {
  it("names the places the articles suggest for international graduates", () => {
    const img = MENTOR_ROLES.flatMap((r) => MENTOR_ROLE_INFO[r].whereToFindImg).join(" ");
    expect(img).toMatch(/home-country alumni/i);
    expect(img).toMatch(/physician associations/i);
    expect(img).toMatch(/specialty society/i);
    expect(img).toMatch(/observership/i);
    for (const role of MENTOR_ROLES) expect(MENTOR_ROLE_INFO[role].whereToFind.length, role).toBeGreaterThan(0);
  });
});
