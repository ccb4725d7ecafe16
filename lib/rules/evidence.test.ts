import { describe, expect, it } from "vitest";
import { bragSheet, bragSheetText, monthYear, projectCheck, type BragInput, type BragProject, type BragQuote } from "@/lib/rules/evidence";

const project = (over: Partial<BragProject>): BragProject => ({
  id: "p1",
  title: "Sepsis handoff QI",
  kind: "QI_PROJECT",
  status: "IN_PROGRESS",
  goal: null,
  output: null,
  outputUrl: null,
  mentorId: null,
  mentorName: null,
  startedOn: "2026-08-01",
  completedOn: null,
  ...over,
});
const quote = (over: Partial<BragQuote>): BragQuote => ({
  id: "q1",
  personId: "other",
  personName: "Dr. Other",
  quote: "Clear presentations.",
  context: null,
  service: null,
  receivedOn: "2026-08-20",
  ...over,
});
const input = (over: Partial<BragInput> = {}): BragInput => ({
  resident: { name: "Amira Haddad", programName: "Preliminary Internal Medicine", institution: "Mercy General", targetLabel: "Neurology" },
  writer: { id: "w", name: "Dr. Ramos" },
  workedTogether: [],
  projects: [],
  feedback: [],
  cvUrl: null,
  cvNotes: null,
  statementDraft: null,
  ...over,
});

describe("projectCheck", () => {
  it.each([
    ["nothing", [], "neurology", false, /No project under way/],
    ["only a plan", [{ status: "PLANNED", specialty: "neurology" }], "neurology", false, /No project under way/],
    ["under way, other field", [{ status: "IN_PROGRESS", specialty: "internal-medicine" }], "neurology", false, /None of your projects is in your target/],
    [
      "under way, in the field through its mentor",
      [{ status: "IN_PROGRESS", specialty: null, mentorSpecialty: "neurology" }],
      "neurology",
      true,
      /tangible project in your target/,
    ],
    ["completed in the field", [{ status: "COMPLETED", specialty: "neurology" }], "neurology", true, /tangible project/],
    ["dropped in the field", [{ status: "DROPPED", specialty: "neurology" }], "neurology", false, /No project under way/],
    ["no target, something under way", [{ status: "SUBMITTED", specialty: null }], null, true, /tangible project/],
  ] as const)("%s", (_name, projects, target, met, message) => {
    const c = projectCheck([...projects], target);
    expect(c.met).toBe(met);
    expect(c.message).toMatch(message);
  });
});

describe("bragSheet", () => {
  it("puts the writer's own words and supervised projects first, and leaves dropped projects out", () => {
    const sheet = bragSheet(
      input({
        feedback: [
          quote({ id: "new-other", receivedOn: "2026-10-01" }),
          quote({ id: "writer", personId: "w", personName: "Dr. Ramos", receivedOn: "2026-08-01" }),
          quote({ id: "old-other", receivedOn: "2026-07-15" }),
        ],
        projects: [
          project({ id: "done", status: "COMPLETED", completedOn: "2026-10-10" }),
          project({ id: "mentored", status: "IN_PROGRESS", mentorId: "w", mentorName: "Dr. Ramos" }),
          project({ id: "dropped", status: "DROPPED" }),
          project({ id: "planned", status: "PLANNED" }),
        ],
      }),
    );
    expect(sheet.feedback.map((q) => q.id)).toEqual(["writer", "new-other", "old-other"]);
    expect(sheet.projects.map((p) => p.id)).toEqual(["mentored", "done", "planned"]);
  });

  it.each([
    ["an empty sheet asks for everything but the target", input(), 4],
    ["without a target it asks for that too", input({ resident: { name: "A", programName: "P", institution: "I", targetLabel: null } }), 5],
    [
      "a complete sheet asks for nothing",
      input({ cvUrl: "https://example.org/cv.pdf", statementDraft: "Why neurology.", projects: [project({})], feedback: [quote({ personId: "w" })] }),
      0,
    ],
    [
      "CV highlights count as a CV",
      input({ cvNotes: "AOA; two case reports", statementDraft: "Draft", projects: [project({})], feedback: [quote({ personId: "w" })] }),
      0,
    ],
    [
      "feedback only from others still asks for the writer's words",
      input({ cvUrl: "https://x.org", statementDraft: "Draft", projects: [project({})], feedback: [quote({})] }),
      1,
    ],
  ] as const)("%s", (_name, i, missing) => {
    expect(bragSheet(i).missing).toHaveLength(missing);
  });
});

describe("bragSheetText", () => {
  it("includes only the chosen items, with month-and-year dates and no internal ids", () => {
    const sheet = bragSheet(
      input({
        workedTogether: [{ service: "Neurology consults", startsOn: "2026-09-01", endsOn: "2026-09-28" }],
        projects: [
          project({
            id: "a",
            title: "Stroke code QI",
            mentorName: "Dr. Ramos",
            output: "Poster at the state meeting",
            outputUrl: "https://example.org/poster",
          }),
          project({ id: "b", title: "Left out" }),
        ],
        feedback: [
          quote({
            id: "x",
            personId: "w",
            personName: "Dr. Ramos",
            quote: "Owns her patients.",
            service: "Neurology consults",
            context: "after a family meeting",
          }),
          quote({ id: "y", quote: "Not this one." }),
        ],
        cvUrl: "https://example.org/cv.pdf",
        statementDraft: "I came to neurology through my grandmother's stroke.",
      }),
    );
    const text = bragSheetText(sheet, { projects: new Set(["a"]), feedback: new Set(["x"]), statement: false });
    expect(text).toContain("For Dr. Ramos: notes for a letter of recommendation");
    expect(text).toContain("Applying for: a categorical position in Neurology");
    expect(text).toContain("- Neurology consults, Sep 2026");
    expect(text).toContain("- Stroke code QI (Quality-improvement project, in progress, with Dr. Ramos)");
    expect(text).toContain("  Result: Poster at the state meeting");
    expect(text).toContain('- "Owns her patients." (Dr. Ramos, Aug 2026; Neurology consults; after a family meeting)');
    expect(text).toContain("https://example.org/cv.pdf");
    expect(text).not.toContain("Left out");
    expect(text).not.toContain("Not this one.");
    expect(text).not.toContain("grandmother");
    expect(bragSheetText(sheet, { projects: new Set(), feedback: new Set(), statement: true })).toContain("Personal statement (draft):\nI came to neurology");
  });

  it("formats month and year", () => {
    expect(monthYear("2027-01-31")).toBe("Jan 2027");
    expect(monthYear(new Date("2026-12-01T00:00:00Z"))).toBe("Dec 2026");
  });
});
