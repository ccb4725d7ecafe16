// What a resident can share with an advisor, one switch each. Two are refinements that only mean something with
// their parent: Plan B with targets, private notes with people, message contents with programs.

export const ADVISOR_SCOPES = ["targets", "plan_b", "people", "private_notes", "asks", "rotations", "programs", "message_contents", "loi_status"] as const;
export type AdvisorScope = (typeof ADVISOR_SCOPES)[number];

export const SCOPE_LABELS: Record<AdvisorScope, { label: string; hint: string; parent?: AdvisorScope }> = {
  targets: { label: "Targets and decisions", hint: "Target specialty, location, the reapply-or-pivot decision." },
  plan_b: { label: "Plan B", hint: "Only if you want this advisor to see it.", parent: "targets" },
  people: { label: "People and touches", hint: "Your networking map and 3-touch progress." },
  private_notes: { label: "Private notes on people", hint: "Only if you want this advisor to read them.", parent: "people" },
  asks: { label: "Asks and letters", hint: "Who you asked for what, and letters secured." },
  rotations: { label: "Rotations and running log", hint: "Your year plan, PD touchpoints and log." },
  programs: { label: "Programs and messages", hint: "Programs and when you wrote to them." },
  message_contents: { label: "Message contents", hint: "Otherwise the advisor sees only counts and dates.", parent: "programs" },
  loi_status: { label: "Letter-of-intent status", hint: "Whether and where you sent your letter of intent." },
};

/** Sections of the advisor's read-only view and the scope each needs. */
export const ADVISOR_SECTIONS = {
  targets: "targets",
  people: "people",
  asks: "asks",
  plan: "rotations",
  programs: "programs",
  loi: "loi_status",
} as const satisfies Record<string, AdvisorScope>;
export type AdvisorSection = keyof typeof ADVISOR_SECTIONS;

export const SECTION_LABELS: Record<AdvisorSection, string> = {
  targets: "Targets",
  people: "People",
  asks: "Asks and letters",
  plan: "Year plan",
  programs: "Programs",
  loi: "Letter of intent",
};

/** Refinements without their parent are dropped, so a grant never says more than the resident meant. */
export function normalizeScopes(scopes: readonly string[]): AdvisorScope[] {
  const set = new Set(scopes.filter((s): s is AdvisorScope => (ADVISOR_SCOPES as readonly string[]).includes(s)));
  for (const scope of [...set]) {
    const parent = SCOPE_LABELS[scope].parent;
    if (parent && !set.has(parent)) set.delete(scope);
  }
  return ADVISOR_SCOPES.filter((s) => set.has(s));
}
