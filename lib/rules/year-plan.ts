// The resident's year as a plan: program months, rotation prompts, program director (PD) touchpoints, the phases of
// the year, the compressed plan for a late start, and the running log.
// Source: the product domain guide, "The resident's year" (sections 4, 7, 8 and 10), which summarises the seed
// articles on networking through a preliminary year.
//
// Every date here is a date-only value: a JS Date at 00:00Z that names a UTC calendar day. All arithmetic uses
// Date.UTC and getUTC* so the server's time zone never moves a day. Functions that need "today" take `now`.

import { addDaysUtc, startOfDayUtc } from "@/lib/dates";

const MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** First day of the month `offset` months after the month that contains `date`. */
function monthStart(date: Date, offset: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
}

/** Last day of the month `offset` months after the month that contains `date` (day 0 of the next month). */
function monthEnd(date: Date, offset: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset + 1, 0));
}

function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function earlierOf(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

// ---------------------------------------------------------------------------------------------------------------
// Program year months
// ---------------------------------------------------------------------------------------------------------------

export type ProgramMonth = {
  key: string;
  start: Date;
  end: Date;
  label: string;
};

/** The twelve calendar months of the program year, starting with the month that contains the start date. */
export function programYearMonths(programStartDate: Date): ProgramMonth[] {
  return Array.from({ length: 12 }, (_, offset) => {
    const start = monthStart(programStartDate, offset);
    return {
      key: monthKey(start),
      start,
      end: monthEnd(programStartDate, offset),
      label: `${MONTH_LABELS[start.getUTCMonth()] ?? ""} ${start.getUTCFullYear()}`,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Rotation prompts
// ---------------------------------------------------------------------------------------------------------------

export type RotationPromptKey = "before" | "week-one" | "end";
export type RotationPrompt = {
  key: RotationPromptKey;
  title: string;
  detail: string;
  dueOn: Date;
  touchKind: "CLINICAL_WORK" | "FOLLOW_UP" | "CONCRETE_ASK" | null;
};

/**
 * Prompts for a "peak performance" month, i.e. a rotation with an A-list attending: prepare a week ahead, ask for
 * feedback at the end of the first week, and ask about a letter two days before the rotation ends.
 * A rotation shorter than a week would put the end prompt before the week-one prompt; both are then held to the
 * rotation's last day so the prompts never run backwards or fall after the rotation.
 */
export function rotationPrompts(rotation: { startsOn: Date; endsOn: Date }): RotationPrompt[] {
  const startsOn = startOfDayUtc(rotation.startsOn);
  const endsOn = laterOf(startOfDayUtc(rotation.endsOn), startsOn);
  const weekOneDue = earlierOf(addDaysUtc(startsOn, 6), endsOn);
  const endDue = laterOf(addDaysUtc(endsOn, -2), weekOneDue);
  return [
    {
      key: "before",
      title: "Prepare for this rotation",
      detail: "Read two or three recent papers in your attending's area, and ask senior residents what this attending notices and values on the team.",
      dueOn: addDaysUtc(startsOn, -7),
      touchKind: null,
    },
    {
      key: "week-one",
      title: "Ask for feedback after week one",
      detail:
        "Ask your attending for a few minutes of feedback: what is going well and one thing to do better over the rest of the rotation. Then act on it where they can see.",
      dueOn: weekOneDue,
      touchKind: "CLINICAL_WORK",
    },
    {
      key: "end",
      title: "Ask about a letter before the rotation ends",
      detail:
        "If the month went well, ask whether they would feel able to support your application with a letter, and make it easy to say no if their time or their view of your work does not allow it.",
      dueOn: endDue,
      touchKind: "CONCRETE_ASK",
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// PD touchpoints
// ---------------------------------------------------------------------------------------------------------------

export type TouchpointKey = "early" | "mid-year" | "pre-soap";
export type TouchpointWindow = {
  key: TouchpointKey;
  label: string;
  opensOn: Date;
  closesOn: Date | null;
  description: string;
};
export type TouchpointStatus = "PLANNED" | "DONE" | "SKIPPED";

/** How long before the rank list deadline the last touchpoint opens: six weeks, ahead of Match Week and SOAP. */
export const PRE_SOAP_LEAD_DAYS = 42;
/** A touchpoint with no closing date (pre-SOAP) is due this many days after it opens. */
export const OPEN_ENDED_DUE_DAYS = 14;

/**
 * The three PD touchpoints, as month offsets from the program start month (domain guide, section 7):
 * early = months 0-2 (Jul-Sep for a July start), mid-year = months 4-6 (Nov-Jan), pre-SOAP = six weeks before the
 * rank list deadline, or the first day of month 7 (February) when no deadline is known. Pre-SOAP has no closing
 * date: it also stands for "when a real opportunity appears".
 */
export function touchpointWindows(programStartDate: Date, rankListDeadline: Date | null): TouchpointWindow[] {
  return [
    {
      key: "early",
      label: "Early meeting with the program director",
      opensOn: monthStart(programStartDate, 0),
      closesOn: monthEnd(programStartDate, 2),
      description:
        "Introduce yourself and your goal in one sentence, ask what the program director would want to see from you this year, and agree when to check in again.",
    },
    {
      key: "mid-year",
      label: "Mid-year check-in",
      opensOn: monthStart(programStartDate, 4),
      closesOn: monthEnd(programStartDate, 6),
      description:
        "Share how the year is going, what you did with their earlier advice, and where your applications stand. Ask whether they would support you if a position came up.",
    },
    {
      key: "pre-soap",
      label: "Before SOAP, or when a real opening appears",
      opensOn: rankListDeadline ? addDaysUtc(rankListDeadline, -PRE_SOAP_LEAD_DAYS) : monthStart(programStartDate, 7),
      closesOn: null,
      description:
        "Before Match Week, or as soon as you learn of a real opening, let the program director know your plan and ask whether they would vouch for you with that program.",
    },
  ];
}

export type TouchpointState = "upcoming" | "open" | "done" | "missed" | "before-joined";

/** How each state reads on the page. */
export const TOUCHPOINT_STATE_LABELS: Record<TouchpointState, string> = {
  upcoming: "upcoming",
  open: "open",
  done: "done",
  missed: "missed",
  "before-joined": "before you joined",
};

/**
 * DONE is done. SKIPPED counts as missed: the resident let the window go, and the UI should say so plainly.
 * A PLANNED touchpoint is upcoming before its window, open inside it (closing day included), missed after it, and
 * "before-joined" when the window closed before the resident joined: nobody missed what they were not there for.
 */
export function touchpointState(window: TouchpointWindow, status: TouchpointStatus, now: Date, joinedOn: Date | null = null): TouchpointState {
  if (status === "DONE") return "done";
  if (status === "SKIPPED") return "missed";
  const today = startOfDayUtc(now);
  if (today < window.opensOn) return "upcoming";
  if (window.closesOn && joinedOn && window.closesOn < startOfDayUtc(joinedOn)) return "before-joined";
  if (window.closesOn && today > window.closesOn) return "missed";
  return "open";
}

export type TouchpointReminder = {
  key: TouchpointKey;
  title: string;
  dueOn: Date;
  overdue: boolean;
};

/**
 * One reminder per PLANNED touchpoint whose window has opened, including one whose window has closed (it shows as
 * overdue rather than disappearing). Due on the closing day, or two weeks after opening when there is none.
 */
export function touchpointReminders(windows: TouchpointWindow[], statuses: Record<TouchpointKey, TouchpointStatus>, now: Date): TouchpointReminder[] {
  const today = startOfDayUtc(now);
  return windows
    .filter((window) => statuses[window.key] === "PLANNED" && today >= window.opensOn)
    .map((window) => {
      const dueOn = window.closesOn ?? addDaysUtc(window.opensOn, OPEN_ENDED_DUE_DAYS);
      return {
        key: window.key,
        title: window.label,
        dueOn,
        overdue: today > dueOn,
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Year timeline
// ---------------------------------------------------------------------------------------------------------------

export type PhaseKey = "decide" | "meet" | "build" | "finalize" | "statement" | "submit";
export type Phase = {
  key: PhaseKey;
  title: string;
  description: string;
  startsOn: Date;
  endsOn: Date;
};

/**
 * Phase windows as [first month, last month] offsets from the program start month, both months included. The
 * examples are for a July start.
 * - decide    [0, 1]   Jul-Aug: reapply or pivot, by the end of the second month (domain guide, section 1).
 * - meet      [0, 2]   Jul-Sep: intro meetings with the A-list and the early PD touchpoint (sections 3 and 7).
 * - build     [2, 6]   Sep-Jan: letters and projects through the heart of the year, after first impressions.
 * - finalize  [4, 5]   Nov-Dec: settle target programs while the mid-year PD check-in is open.
 * - statement [9, 11]  Apr-Jun: personal statement and outreach, ready as ERAS opens in early June.
 * - submit    [11, 14] Jun-Sep of the next season: ERAS opens in June, programs receive applications in September.
 * Our choice, not a rule from the articles; the overlaps are deliberate because the work runs in parallel.
 */
const PHASE_MONTHS: Record<PhaseKey, readonly [first: number, last: number]> = {
  decide: [0, 1],
  meet: [0, 2],
  build: [2, 6],
  finalize: [4, 5],
  statement: [9, 11],
  submit: [11, 14],
};

const PHASE_TEXT: Record<PhaseKey, { title: string; description: string }> = {
  decide: {
    title: "Decide: reapply or pivot",
    description: "Choose between another run at the same specialty and a related field, and state one target without hedging.",
  },
  meet: {
    title: "Meet mentors and the program director",
    description: "Short advice meetings with your A-list and an early conversation with the program director.",
  },
  build: {
    title: "Build letters and projects",
    description: "Use rotations with A-list attendings to earn two to four strong letters, and finish a project you can show.",
  },
  finalize: {
    title: "Finalize targets",
    description: "Settle your list of programs and your geographic stance, and keep both consistent from here on.",
  },
  statement: {
    title: "Personal statement and outreach",
    description: "Write the statement, line up letter writers, and ask for introductions to programs you are targeting.",
  },
  submit: {
    title: "Submit applications",
    description: "Applications go in when ERAS opens; keep your letters and the running log current through September.",
  },
};

const PHASE_ORDER: readonly PhaseKey[] = ["decide", "meet", "build", "finalize", "statement", "submit"];

export function yearPhases(programStartDate: Date): Phase[] {
  return PHASE_ORDER.map((key) => {
    const [first, last] = PHASE_MONTHS[key];
    return {
      key,
      ...PHASE_TEXT[key],
      startsOn: monthStart(programStartDate, first),
      endsOn: monthEnd(programStartDate, last),
    };
  });
}

export type PhaseState = "done" | "current" | "upcoming" | "overdue" | "before-joined";

export const PHASE_STATE_LABELS: Record<PhaseState, string> = {
  done: "done",
  current: "now",
  upcoming: "upcoming",
  overdue: "overdue",
  "before-joined": "before you joined",
};

/**
 * Done wins; a phase that ended before the resident joined is "before-joined"; otherwise overdue after the last day,
 * current from the first to the last day, else upcoming.
 */
export function phaseState(phase: Phase, done: boolean, now: Date, joinedOn: Date | null = null): PhaseState {
  if (done) return "done";
  const today = startOfDayUtc(now);
  if (joinedOn && phase.endsOn < startOfDayUtc(joinedOn)) return "before-joined";
  if (today > phase.endsOn) return "overdue";
  if (today >= phase.startsOn) return "current";
  return "upcoming";
}

// ---------------------------------------------------------------------------------------------------------------
// Late start
// ---------------------------------------------------------------------------------------------------------------

/**
 * The ordinary plan front-loads the first weeks: intro meetings in weeks 4-6, the early PD meeting by the end of the
 * third month. A resident who joins more than eight weeks into the program year has missed that window, and gets the
 * compressed plan instead (section 10; the seed article's damage-control plan for a December or January start).
 */
export const LATE_START_AFTER_DAYS = 56;

/** A missing join date means "with the program from its start". */
export function isLateStart(input: { programStartDate: Date; joinedOn: Date | null }): boolean {
  if (!input.joinedOn) return false;
  return startOfDayUtc(input.joinedOn) > addDaysUtc(startOfDayUtc(input.programStartDate), LATE_START_AFTER_DAYS);
}

export const LATE_START_STEP_KEYS = ["pick-faculty", "see-pd", "hold-meetings", "ask-support", "secure-letters"] as const;
export type LateStartStepKey = (typeof LATE_START_STEP_KEYS)[number];

export type LateStartStep = { key: LateStartStepKey; title: string; detail: string; dueOn: Date };
export type LateStartPlan = { steps: LateStartStep[] };

const LATE_START_STEPS: Record<LateStartStepKey, { title: string; detail: string; afterDays: number }> = {
  "pick-faculty": {
    title: "Choose three or four faculty who already know your work",
    detail: "Look back over your rotations so far and pick attendings who saw you at your best. Late in the year, familiarity matters more than seniority.",
    afterDays: 3,
  },
  "see-pd": {
    title: "Talk to your program director this week",
    detail:
      "Ask for a short meeting, say plainly which categorical position you are aiming for, and ask what would make the program director comfortable supporting you.",
    afterDays: 7,
  },
  "hold-meetings": {
    title: "Meet each of them within three weeks",
    detail:
      "Be open that you are reaching out later than you should have. Bring a one-page CV and your goal in one sentence, and ask for honest advice on your plan.",
    afterDays: 21,
  },
  "ask-support": {
    title: "Ask the one or two most supportive for their backing",
    detail:
      "Ask whether they would feel comfortable supporting you if a position opens, and whether they know program directors who might consider a prelim resident this year or next.",
    afterDays: 28,
  },
  "secure-letters": {
    title: "Secure two letters",
    detail:
      "Ask the two faculty who know you best whether they could write for you, leave them an easy way to decline, and send them your CV and a short summary of your work together.",
    afterDays: 42,
  },
};

/** The compressed plan, dated from the day the resident joined, in date order. */
export function lateStartPlan(joinedOn: Date): LateStartPlan {
  const from = startOfDayUtc(joinedOn);
  return {
    steps: LATE_START_STEP_KEYS.map((key) => {
      const { afterDays, ...text } = LATE_START_STEPS[key];
      return { key, ...text, dueOn: addDaysUtc(from, afterDays) };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Running log
// ---------------------------------------------------------------------------------------------------------------

export type LogRow = {
  month: string;
  date: Date;
  service: string | null;
  faculty: string | null;
  action: string;
  nextStep: string | null;
  source: "touch" | "meeting" | "rotation" | "manual" | "project" | "feedback";
};

/** Newest first. Rows on the same date keep their input order (Array.prototype.sort is stable). */
export function sortLog(rows: LogRow[]): LogRow[] {
  return [...rows].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** Rows whose `month` ("YYYY-MM") matches; `null` means every month. Never mutates the input. */
export function filterLogByMonth(rows: LogRow[], month: string | null): LogRow[] {
  return month === null ? [...rows] : rows.filter((row) => row.month === month);
}
