// An opening turned into action. When a door opens, the prelim networking article's advice is disciplined and in
// order: check you can actually take the position, confirm your program director and at least one strong letter
// writer will back you if the program calls, and only then send one clean, targeted message (never a generic one).
// This file checks eligibility against a board post, tracks the three steps, and drafts the message; the composer's
// honesty rules check the draft before anything is recorded as sent.

import type { OpeningLevel } from "@/lib/labels/board";
import { addDaysUtc } from "@/lib/dates";

type Track = "PRELIM_MEDICINE" | "PRELIM_SURGERY" | "TRANSITIONAL_YEAR" | "APPLICANT";
type VisaStatus = "US_CITIZEN_OR_PR" | "J1" | "H1B" | "F1_OPT" | "OTHER" | "NEEDS_SPONSORSHIP";
type AskStatus = "PLANNED" | "ASKED" | "AGREED" | "DECLINED" | "DONE";

export type PostFacts = {
  title: string;
  body: string;
  programName: string;
  institution: string;
  specialty: string | null;
  openingLevel: OpeningLevel | null;
  pgyLevel: string | null;
  expectedStart: string | null;
};

export type ResidentFacts = {
  track: Track;
  programStartDate: Date;
  visaStatus: VisaStatus;
  targetSpecialty: string | null;
};

export type CheckStatus = "ok" | "ask" | "conflict";
export type EligibilityCheck = { key: "level" | "start" | "visa" | "specialty"; label: string; status: CheckStatus; message: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const monthYearText = (d: Date) => `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const dayText = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The PGY year the post is for: a number written in the post wins, then the opening level. */
export function postPgyYear(post: Pick<PostFacts, "openingLevel" | "pgyLevel" | "title">): number | null {
  const written = /\bPGY[\s-]?([1-7])\b/i.exec(`${post.pgyLevel ?? ""} ${post.title}`);
  if (written) return Number(written[1]);
  if (post.openingLevel === "CATEGORICAL_PGY1") return 1;
  if (post.openingLevel === "PGY2" || post.openingLevel === "ADVANCED") return 2;
  return null;
}

/**
 * The first day of the start month a post gives in free text ("July 2027", "2027-07", "07/2027", "Jan"), or today
 * for "immediately"/"ASAP". A month without a year is its next occurrence. Null when nothing can be read.
 */
export function parseExpectedStart(text: string | null, today: Date): Date | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (/\b(immediate(ly)?|asap|as soon as possible|right away)\b/.test(t)) return today;
  const iso = /\b(20\d{2})-(0[1-9]|1[0-2])\b/.exec(t);
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, 1));
  const slash = /\b(0?[1-9]|1[0-2])\/(20\d{2})\b/.exec(t);
  if (slash) return new Date(Date.UTC(Number(slash[2]), Number(slash[1]) - 1, 1));
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:1st|\d{1,2}(?:st|nd|rd|th)?),?)?(?:\s+(20\d{2}))?\b/.exec(t);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3));
    if (named[2]) return new Date(Date.UTC(Number(named[2]), month, 1));
    const thisYear = new Date(Date.UTC(today.getUTCFullYear(), month, 1));
    return thisYear.getTime() >= Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1) ? thisYear : new Date(Date.UTC(today.getUTCFullYear() + 1, month, 1));
  }
  const year = /\b(20\d{2})\b/.exec(t);
  // "2027" alone: residency years start in July.
  if (year) return new Date(Date.UTC(Number(year[1]), 6, 1));
  return null;
}

/** The last day of the prelim or transitional year; null for an applicant who has not started one. */
export function prelimYearEnds(resident: Pick<ResidentFacts, "track" | "programStartDate">): Date | null {
  if (resident.track === "APPLICANT") return null;
  const s = resident.programStartDate;
  return addDaysUtc(new Date(Date.UTC(s.getUTCFullYear() + 1, s.getUTCMonth(), s.getUTCDate())), -1);
}

const SPONSORS_NONE =
  /\b(?:no|not|never|doesn'?t|does not|cannot|can'?t|won'?t|will not|unable to)\s+(?:\w+\s+){0,3}sponsor|\bcitizens?\s+(?:or|and|\/)\s+(?:green[\s-]?card(?:\s+holders?)?|permanent\s+residents?)\s+only\b|\bno\s+visas?\b/i;
const MENTIONS_J1 = /\bJ[\s-]?1\b/i;
const MENTIONS_H1B = /\bH[\s-]?1[\s-]?B\b/i;

export function eligibilityChecks(post: PostFacts, resident: ResidentFacts, today: Date, labels: { specialty: (id: string) => string }): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  const pgy = postPgyYear(post);
  const start = parseExpectedStart(post.expectedStart, today);
  const ends = prelimYearEnds(resident);
  // Years of training finished by the time the position starts (or by the end of the prelim year, if unknown).
  const at = start ?? ends ?? today;
  const completed = ends && at.getTime() > ends.getTime() ? 1 : 0;

  if (pgy === null) {
    checks.push({
      key: "level",
      label: "Training level",
      status: "ask",
      message: "The post does not say which PGY year the position is. Find out before anything else.",
    });
  } else if (pgy === 1) {
    checks.push({
      key: "level",
      label: "Training level",
      status: "ok",
      message: ends
        ? "A PGY-1 position means starting the categorical track from the first year; ask whether your prelim year earns any credit."
        : "A PGY-1 position fits someone who has not started residency.",
    });
  } else if (pgy - 1 <= completed) {
    checks.push({
      key: "level",
      label: "Training level",
      status: "ok",
      message: `A PGY-${pgy} spot needs ${pgy - 1} completed year of training; your prelim year will be finished by then.`,
    });
  } else {
    checks.push({
      key: "level",
      label: "Training level",
      status: "conflict",
      message: ends
        ? `A PGY-${pgy} spot needs ${pgy - 1} completed year${pgy - 1 === 1 ? "" : "s"} of training; your prelim year ends on ${dayText(ends)}${start ? `, after the position starts` : ""}.`
        : `A PGY-${pgy} spot needs ${pgy - 1} completed year${pgy - 1 === 1 ? "" : "s"} of US training, and you have not started one.`,
    });
  }

  if (!start) {
    checks.push({
      key: "start",
      label: "Start date",
      status: "ask",
      message: post.expectedStart
        ? `"${post.expectedStart}" is not a date we can read. Confirm when the position starts.`
        : "The post gives no start date. Confirm when the position starts.",
    });
  } else if (start.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)) {
    checks.push({
      key: "start",
      label: "Start date",
      status: "ask",
      message: `The start date (${monthYearText(start)}) has already passed: it may be an immediate, mid-year start. Ask.`,
    });
  } else if (ends && start.getTime() <= ends.getTime()) {
    checks.push({
      key: "start",
      label: "Start date",
      status: pgy !== null && pgy >= 2 ? "conflict" : "ask",
      message: `It starts in ${monthYearText(start)}, before your prelim year ends on ${dayText(ends)}. Leaving early needs your program's release: talk to your program director first.`,
    });
  } else {
    checks.push({
      key: "start",
      label: "Start date",
      status: "ok",
      message: ends ? `It starts in ${monthYearText(start)}, after your prelim year ends on ${dayText(ends)}.` : `It starts in ${monthYearText(start)}.`,
    });
  }

  const text = `${post.title}\n${post.body}`;
  if (resident.visaStatus === "US_CITIZEN_OR_PR") {
    checks.push({ key: "visa", label: "Visa", status: "ok", message: "You need no sponsorship." });
  } else if (SPONSORS_NONE.test(text)) {
    checks.push({
      key: "visa",
      label: "Visa",
      status: "conflict",
      message: "The post says the program does not sponsor visas, and you need one. Confirm before you spend a favour on it.",
    });
  } else if ((resident.visaStatus === "J1" || resident.visaStatus === "NEEDS_SPONSORSHIP") && MENTIONS_J1.test(text)) {
    checks.push({
      key: "visa",
      label: "Visa",
      status: "ok",
      message: "The post mentions J-1. A J-1 change of program goes through ECFMG, so ask the coordinator early how they handle it.",
    });
  } else if (resident.visaStatus === "H1B" && MENTIONS_H1B.test(text)) {
    checks.push({ key: "visa", label: "Visa", status: "ok", message: "The post mentions H-1B. Confirm the program will file for this position." });
  } else {
    checks.push({
      key: "visa",
      label: "Visa",
      status: "ask",
      message: "The post does not say whether the program sponsors your visa. Ask the coordinator before anything else.",
    });
  }

  if (!post.specialty) {
    checks.push({ key: "specialty", label: "Specialty", status: "ask", message: "The post does not name the specialty." });
  } else if (!resident.targetSpecialty) {
    checks.push({
      key: "specialty",
      label: "Specialty",
      status: "ask",
      message: `The position is in ${labels.specialty(post.specialty)}. Set your target first, so your story is the same everywhere.`,
    });
  } else if (post.specialty === resident.targetSpecialty) {
    checks.push({ key: "specialty", label: "Specialty", status: "ok", message: `${labels.specialty(post.specialty)}: your stated target.` });
  } else {
    checks.push({
      key: "specialty",
      label: "Specialty",
      status: "ask",
      message: `The position is in ${labels.specialty(post.specialty)}; your stated target is ${labels.specialty(resident.targetSpecialty)}. Going for it changes the story you tell: if it is a pivot, record it on Targets first.`,
    });
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------------------------
// The three steps

export type StepStatus = "done" | "todo" | "in-progress" | "blocked";
export type PlaybookStep = { key: "eligibility" | "support" | "message"; title: string; status: StepStatus; detail: string };
export type PlaybookState = {
  eligibilityCheckedOn: Date | null;
  pdAsk: { status: AskStatus; personName: string } | null;
  writerAsk: { status: AskStatus; personName: string } | null;
  program: { name: string } | null;
  messageSentAt: Date | null;
};

const AGREED: ReadonlySet<AskStatus> = new Set(["AGREED", "DONE"]);

export function playbookSteps(state: PlaybookState): { steps: PlaybookStep[]; next: PlaybookStep["key"] | null } {
  const eligibility: PlaybookStep = state.eligibilityCheckedOn
    ? { key: "eligibility", title: "Check you can take it", status: "done", detail: `Checked on ${dayText(state.eligibilityCheckedOn)}.` }
    : { key: "eligibility", title: "Check you can take it", status: "todo", detail: "Training level, start date, visa and specialty against your profile." };

  const asks = [state.pdAsk, state.writerAsk];
  const declined = asks.find((a) => a?.status === "DECLINED");
  const agreed = asks.filter((a) => a && AGREED.has(a.status)).length;
  const support: PlaybookStep = declined
    ? {
        key: "support",
        title: "Confirm your PD and a letter writer will back you",
        status: "blocked",
        detail: `${declined.personName} hesitated. That usually points to a concern about performance or professionalism: ask them what to fix and fix it before writing to the program.`,
      }
    : agreed === 2
      ? {
          key: "support",
          title: "Confirm your PD and a letter writer will back you",
          status: "done",
          detail: `${state.pdAsk!.personName} and ${state.writerAsk!.personName} will speak for you.`,
        }
      : asks.some((a) => a !== null)
        ? { key: "support", title: "Confirm your PD and a letter writer will back you", status: "in-progress", detail: `${agreed} of 2 said yes so far.` }
        : {
            key: "support",
            title: "Confirm your PD and a letter writer will back you",
            status: "todo",
            detail: "Ask both whether they would support you if the program reaches out.",
          };

  const message: PlaybookStep = state.messageSentAt
    ? {
        key: "message",
        title: "Send one targeted message",
        status: "done",
        detail: `Recorded as sent to ${state.program?.name ?? "the program"} on ${dayText(state.messageSentAt)}.`,
      }
    : state.program
      ? {
          key: "message",
          title: "Send one targeted message",
          status: support.status === "done" ? "todo" : "in-progress",
          detail:
            support.status === "done" ? `Write to ${state.program.name}: one message, specific to this opening.` : "Best sent once both backers have said yes.",
        }
      : {
          key: "message",
          title: "Send one targeted message",
          status: "todo",
          detail: "Say which program this is, then write one message specific to the opening.",
        };

  const steps = [eligibility, support, message];
  return { steps, next: steps.find((s) => s.status !== "done")?.key ?? null };
}

// ---------------------------------------------------------------------------------------------------------------
// The draft

const TRACK_PHRASES: Record<Track, string | null> = {
  PRELIM_MEDICINE: "preliminary internal medicine",
  PRELIM_SURGERY: "preliminary surgery",
  TRANSITIONAL_YEAR: "transitional year",
  APPLICANT: null,
};

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * One short message for one opening, under the 200-word limit the composer warns at. It names the position, who
 * the resident is, one piece of evidence and who will vouch for them; the composer's fill-ins ([programDirectorName],
 * [highlight]) mark what only the resident can write.
 */
export function playbookDraft(input: {
  resident: { name: string; track: Track; institution: string; targetLabel: string | null };
  post: { programName: string; specialtyLabel: string | null; pgyYear: number | null; expectedStart: Date | null };
  backers: string[];
  highlight: string | null;
}): { subject: string; body: string } {
  const { resident, post } = input;
  const trackPhrase = TRACK_PHRASES[resident.track];
  const position = [post.pgyYear ? `PGY-${post.pgyYear}` : null, post.specialtyLabel?.toLowerCase()].filter(Boolean).join(" ");
  const subject = `${trackPhrase ? `${trackPhrase[0]!.toUpperCase()}${trackPhrase.slice(1)} resident` : "Applicant"}: interest in ${position ? `your ${position} position` : "an opening in your program"}`;
  const who = trackPhrase ? `I am a ${trackPhrase} resident at ${resident.institution}` : "I am a physician applying for a categorical position";
  const goal = resident.targetLabel ? `, working toward a categorical position in ${resident.targetLabel.toLowerCase()}` : "";
  const where = post.programName ? ` at ${post.programName}` : "";
  const when = post.expectedStart ? ` starting in ${monthYearText(post.expectedStart)}` : "";
  const lines = [
    "Dear Dr. [programDirectorName],",
    "",
    `${who}${goal}. I understand there may be ${position ? `a ${position} opening` : "an opening"}${where}${when}, and I would be grateful to be considered.`,
    "",
    `This year I ${input.highlight ?? "[highlight]"}.`,
  ];
  if (input.backers.length) lines.push(`${joinNames(input.backers)} ${input.backers.length > 1 ? "have" : "has"} kindly agreed to speak about my work.`);
  lines.push(
    "",
    "My CV is attached. If you are accepting applications, or have ten minutes for a call, I would welcome the chance to talk.",
    "",
    "Sincerely,",
    resident.name,
  );
  return { subject, body: lines.join("\n") };
}

/** Posts that describe a position someone could take; the playbook starts only from these. */
export const ACTIONABLE_POST_KINDS = ["OPENING", "AFFILIATE_POSITIONS", "VACANCY_SOAP_INTEL"] as const;
export function isActionablePost(kind: string): boolean {
  return (ACTIONABLE_POST_KINDS as readonly string[]).includes(kind);
}
