// Evidence for letters: one tangible project and feedback worth quoting, gathered into the brag sheet a letter
// writer gets with the ask. Pure: the brag-sheet page renders it and the copy button turns it into plain text.
// Sources: the prelim networking article ("keep a running log ... positive feedback quotes ... projects, QI, case
// reports, presentations"; it makes letter requests easier because you remind the writer of specifics) and the
// article on missing a categorical spot ("at least one tangible project in the specialty: poster, abstract, case
// report, QI project ... it must exist").

import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, type ProjectKind, type ProjectStatus } from "@/lib/labels/evidence";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Aug 2026": a writer needs the month, not the day. */
export function monthYear(date: Date | string): string {
  const d = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A project counts as tangible once work has started; a plan or a dropped idea is not evidence yet. */
const TANGIBLE: ReadonlySet<ProjectStatus> = new Set(["IN_PROGRESS", "SUBMITTED", "COMPLETED"]);

export type ProjectLike = { status: ProjectStatus; specialty: string | null; mentorSpecialty?: string | null };

export function projectCheck(projects: ProjectLike[], targetSpecialty: string | null): { tangible: number; inTarget: number; met: boolean; message: string } {
  const tangible = projects.filter((p) => TANGIBLE.has(p.status));
  const inTarget = targetSpecialty ? tangible.filter((p) => (p.specialty ?? p.mentorSpecialty) === targetSpecialty) : [];
  const met = targetSpecialty ? inTarget.length > 0 : tangible.length > 0;
  const message =
    tangible.length === 0
      ? "No project under way yet. One small, finished piece of work (a QI project, a case report, a poster) is worth more than three ideas."
      : targetSpecialty && inTarget.length === 0
        ? "None of your projects is in your target specialty yet. Programs look for at least one."
        : "You have a tangible project in your target field. Finish it and say so in your letters.";
  return { tangible: tangible.length, inTarget: inTarget.length, met, message };
}

// ---------------------------------------------------------------------------------------------------------------
// The brag sheet

export type BragProject = {
  id: string;
  title: string;
  kind: ProjectKind;
  status: ProjectStatus;
  goal: string | null;
  output: string | null;
  outputUrl: string | null;
  mentorId: string | null;
  mentorName: string | null;
  startedOn: string | null;
  completedOn: string | null;
};

export type BragQuote = {
  id: string;
  personId: string;
  personName: string;
  quote: string;
  context: string | null;
  service: string | null;
  receivedOn: string;
};

export type BragInput = {
  resident: { name: string; programName: string; institution: string; targetLabel: string | null };
  writer: { id: string; name: string };
  workedTogether: { service: string; startsOn: string; endsOn: string }[];
  projects: BragProject[];
  feedback: BragQuote[];
  cvUrl: string | null;
  cvNotes: string | null;
  statementDraft: string | null;
};

export type BragSheet = BragInput & {
  /** What is still missing, said as what to add; empty when the sheet is complete. */
  missing: string[];
};

const STATUS_ORDER: Record<ProjectStatus, number> = { COMPLETED: 0, SUBMITTED: 1, IN_PROGRESS: 2, PLANNED: 3, DROPPED: 4 };

/**
 * Orders the evidence for one writer: their own words and the projects they supervised first (a writer remembers
 * what they saw), then the rest, newest first. Dropped projects are left out.
 */
export function bragSheet(input: BragInput): BragSheet {
  const byWriterFirst =
    <T>(own: (x: T) => boolean) =>
    (a: T, b: T) =>
      Number(own(b)) - Number(own(a));
  const feedback = [...input.feedback]
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn))
    .sort(byWriterFirst((q: BragQuote) => q.personId === input.writer.id));
  const projects = input.projects
    .filter((p) => p.status !== "DROPPED")
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.completedOn ?? b.startedOn ?? "").localeCompare(a.completedOn ?? a.startedOn ?? ""))
    .sort(byWriterFirst((p: BragProject) => p.mentorId === input.writer.id));
  const missing: string[] = [];
  if (!input.resident.targetLabel) missing.push("Set your target specialty, so the letter can say what it supports.");
  if (!input.cvUrl && !input.cvNotes) missing.push("Add a CV link or a few CV highlights.");
  if (!input.statementDraft) missing.push("Add your personal statement draft, even a rough one.");
  if (projects.length === 0) missing.push("Record a project: a QI project, poster, case report or teaching session.");
  if (!feedback.some((q) => q.personId === input.writer.id)) missing.push(`Write down something ${input.writer.name} said about your work, in their words.`);
  return { ...input, feedback, projects, missing };
}

/** The sheet as plain text, for pasting into an email to the writer. Only the chosen items are included. */
export function bragSheetText(sheet: BragInput, include: { projects: ReadonlySet<string>; feedback: ReadonlySet<string>; statement: boolean }): string {
  const lines: string[] = [];
  const r = sheet.resident;
  lines.push(`For ${sheet.writer.name}: notes for a letter of recommendation`, "");
  lines.push(`${r.name}, ${r.programName}, ${r.institution}`);
  if (r.targetLabel) lines.push(`Applying for: a categorical position in ${r.targetLabel}`);
  if (sheet.workedTogether.length) {
    lines.push("", "Where we worked together:");
    for (const w of sheet.workedTogether)
      lines.push(`- ${w.service}, ${monthYear(w.startsOn)}${monthYear(w.endsOn) !== monthYear(w.startsOn) ? ` to ${monthYear(w.endsOn)}` : ""}`);
  }
  const projects = sheet.projects.filter((p) => include.projects.has(p.id));
  if (projects.length) {
    lines.push("", "Projects:");
    for (const p of projects) {
      const bits = [PROJECT_KIND_LABELS[p.kind], PROJECT_STATUS_LABELS[p.status].toLowerCase()];
      if (p.mentorName) bits.push(`with ${p.mentorName}`);
      lines.push(`- ${p.title} (${bits.join(", ")})`);
      if (p.goal) lines.push(`  Goal: ${p.goal}`);
      if (p.output) lines.push(`  Result: ${p.output}`);
      if (p.outputUrl) lines.push(`  Link: ${p.outputUrl}`);
    }
  }
  const quotes = sheet.feedback.filter((q) => include.feedback.has(q.id));
  if (quotes.length) {
    lines.push("", "Feedback I received:");
    for (const q of quotes) {
      const where = [q.service, q.context].filter(Boolean).join("; ");
      lines.push(`- "${q.quote}" (${q.personName}, ${monthYear(q.receivedOn)}${where ? `; ${where}` : ""})`);
    }
  }
  if (sheet.cvUrl || sheet.cvNotes) {
    lines.push("", "CV:");
    if (sheet.cvUrl) lines.push(sheet.cvUrl);
    if (sheet.cvNotes) lines.push(sheet.cvNotes);
  }
  if (include.statement && sheet.statementDraft) lines.push("", "Personal statement (draft):", sheet.statementDraft);
  return lines.join("\n");
}
