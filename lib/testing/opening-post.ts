// One board post describing an off-cycle opening, as a row to insert directly (the board's own suites cover how
// posts are created). No imports: the Playwright specs use it too.
export function openingPostData(cohortId: string, authorId: string, overrides: Record<string, unknown> = {}) {
  return {
    cohortId,
    authorId,
    kind: "OPENING" as const,
    openingLevel: "PGY2" as const,
    specialty: "neurology",
    programName: "Columbus Neurology Residency",
    institution: "Columbus University Hospital",
    location: "Columbus, OH",
    expectedStart: "July 2027",
    title: "PGY-2 neurology spot for July",
    body: "A PGY-2 resident is leaving; the program sponsors J-1 visas.",
    evidenceKind: "RUMOUR" as const,
    heardOn: new Date("2026-11-25T00:00:00Z"),
    heardHow: "From a chief resident",
    ...overrides,
  };
}
