// Rules for the resident's own workspace: the networking map and A-list, the 3-touch rule, follow-up reminders,
// asks and letters, targets (consistency, reapply-or-pivot decision) and the first-week checklist.
// Source: the prelim-year networking articles in /work/shared/seeds (summarised in DOMAIN.md, "The resident's
// year"). Pure functions: no I/O, and every rule that needs "now" takes it as a parameter.
//
// Dates: date-only fields arrive as JS Dates at 00:00Z and mean UTC calendar days. The helpers below do calendar
// arithmetic on the UTC fields only, so results never depend on the server's time zone or on daylight saving.

import type { AskKind, AskStatus, TouchChannel, TouchKind } from "@/lib/labels/workspace";
import { specialtyById, type RelatedPath } from "@/lib/rules/specialties";

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary: lives in lib/labels/workspace (no date-fns) so client components can import it.

export type { AskKind, AskStatus, InfluenceTag, PersonRole, TouchChannel, TouchKind } from "@/lib/labels/workspace";
export { ASK_KIND_LABELS, INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS, TOUCH_KIND_LABELS } from "@/lib/labels/workspace";

// ---------------------------------------------------------------------------------------------------------------
// UTC calendar-day helpers (see the note at the top)

const DAY_MS = 86_400_000;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Midnight UTC of d's UTC calendar day, in milliseconds (NaN for an invalid date). The same value as
 * Date.UTC(year, month, day) of d's UTC fields, since a UTC day is always DAY_MS long; arithmetic instead of three
 * field reads, because the people list and the dashboard call this thousands of times per request.
 */
function utcDayStart(d: Date): number {
  const time = d.getTime();
  return time - (((time % DAY_MS) + DAY_MS) % DAY_MS);
}

function addUtcDays(d: Date, days: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days));
}

/** Calendar months later; the 31st of a shorter month becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
function addUtcMonths(d: Date, months: number): Date {
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, Math.min(d.getUTCDate(), lastDay)));
}

/** Whole calendar days from `earlier` to `later` (negative when `later` is before `earlier`). */
function daysFrom(earlier: Date, later: Date): number {
  return Math.round((utcDayStart(later) - utcDayStart(earlier)) / DAY_MS);
}

/** "August 3". */
function formatUtcDay(d: Date): string {
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function byDate(a: Date, b: Date): number {
  return a.getTime() - b.getTime();
}

function latestOf(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (max === null || d.getTime() > max.getTime() ? d : max), null);
}

// ---------------------------------------------------------------------------------------------------------------
// Arrival: a person added to the map late in the year, or a resident who signs up in November, owes nothing for the
// months before they arrived. Anything that would fall due before the arrival is due two weeks after it instead.

export const ARRIVAL_GRACE_DAYS = 14;

/**
 * The latest of the given arrival dates (the resident joining, the person being added), as a UTC day. A date after
 * today can only come from clock skew or imported history; it is ignored rather than allowed to push dates later.
 */
export function arrivalDate(dates: (Date | null | undefined)[], today: Date): Date | null {
  const days = dates.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime())).map((d) => new Date(utcDayStart(d)));
  return latestOf(days.filter((d) => daysFrom(d, today) >= 0));
}

/** `dueOn`, or two weeks after the arrival when `dueOn` falls before it. */
export function dueAfterArrival(dueOn: Date, arrivedOn: Date | null | undefined): Date {
  if (!arrivedOn || daysFrom(arrivedOn, dueOn) >= 0) return dueOn;
  return addUtcDays(arrivedOn, ARRIVAL_GRACE_DAYS);
}

// ---------------------------------------------------------------------------------------------------------------
// A-list: the 5-7 people who can open a door this year. The articles put the number at five to seven; a short list
// gets real attention, a long one gets none.

export const A_LIST_MAX = 7;
export const A_LIST_MIN = 5;

export function aListStatus(count: number): { level: "empty" | "nudge" | "ok" | "full"; message: string | null } {
  const n = Math.max(0, Math.floor(count));
  if (n === 0) {
    return { level: "empty", message: `Choose the ${A_LIST_MIN} to ${A_LIST_MAX} people who matter most this year and add them to your A-list.` };
  }
  if (n < A_LIST_MIN) {
    const missing = A_LIST_MIN - n;
    return { level: "nudge", message: `Add ${plural(missing, "more person", "more people")} to reach a focused A-list of ${A_LIST_MIN}.` };
  }
  if (n < A_LIST_MAX) return { level: "ok", message: null };
  if (n === A_LIST_MAX) return { level: "full", message: `Your A-list is full: ${A_LIST_MAX} is the cap.` };
  // Only reachable with data from before the cap existed; say so plainly rather than hide it.
  return { level: "full", message: `Your A-list has ${n} people, more than the cap of ${A_LIST_MAX}. Consider trimming it.` };
}

export function aListCapMessage(): string {
  return `Your A-list holds ${A_LIST_MAX} people at most: a few close relationships open more doors than many thin ones. Take someone off it first, then add this person.`;
}

// ---------------------------------------------------------------------------------------------------------------
// The 3-touch rule: work together, follow up, then make a concrete ask. Each step only counts once the step before it
// has happened, so an early ask does not tick the box.

export type TouchLike = {
  kind: TouchKind;
  occurredOn: Date;
  endsOn: Date | null;
  channel: TouchChannel;
  awaitingReply: boolean;
  replyReceivedOn: Date | null;
  followUpDays: number;
  id?: string;
};

type StepKey = "work" | "follow-up" | "ask";

export type ThreeTouchProgress = {
  steps: { key: StepKey; label: string; done: boolean; doneOn: Date | null }[];
  completed: 0 | 1 | 2 | 3;
};

const STEP_1_KINDS: ReadonlySet<TouchKind> = new Set(["CLINICAL_WORK", "INTRO_MEETING"]);
const STEP_2_KINDS: ReadonlySet<TouchKind> = new Set(["FOLLOW_UP", "THANK_YOU", "UPDATE"]);
const STEP_3_KINDS: ReadonlySet<TouchKind> = new Set(["CONCRETE_ASK"]);

const STEP_LABELS: Record<StepKey, string> = { work: "Work together", "follow-up": "Follow up", ask: "Concrete ask" };

export type AskLike = { id: string; status: AskStatus; askedOn: Date | null; respondedOn: Date | null };

/**
 * An ask that was made (asked, agreed, declined or done) is a concrete ask, on the day it was made, whether or not a
 * touch was logged for it too. A planned ask has not happened yet.
 */
export function asksAsTouches(asks: AskLike[]): (TouchLike & { id: string })[] {
  return asks.flatMap((a) => {
    const on = a.askedOn ?? a.respondedOn;
    if (a.status === "PLANNED" || !on) return [];
    return [
      {
        id: `ask:${a.id}`,
        kind: "CONCRETE_ASK" as const,
        occurredOn: on,
        endsOn: null,
        channel: "OTHER" as const,
        awaitingReply: false,
        replyReceivedOn: null,
        followUpDays: FOLLOW_UP_DEFAULT_DAYS,
      },
    ];
  });
}

/** The first touch of one of `kinds` on or after `from` (same calendar day counts). */
function firstTouch(touches: TouchLike[], kinds: ReadonlySet<TouchKind>, from: Date | null): TouchLike | null {
  const sorted = touches
    .filter((t) => kinds.has(t.kind) && (from === null || daysFrom(from, t.occurredOn) >= 0))
    .sort((a, b) => byDate(a.occurredOn, b.occurredOn));
  return sorted[0] ?? null;
}

function stepTouches(touches: TouchLike[]): [TouchLike | null, TouchLike | null, TouchLike | null] {
  const work = firstTouch(touches, STEP_1_KINDS, null);
  const followUp = work ? firstTouch(touches, STEP_2_KINDS, work.occurredOn) : null;
  const ask = followUp ? firstTouch(touches, STEP_3_KINDS, followUp.occurredOn) : null;
  return [work, followUp, ask];
}

export function threeTouchProgress(touches: TouchLike[]): ThreeTouchProgress {
  const [work, followUp, ask] = stepTouches(touches);
  const steps = (
    [
      ["work", work],
      ["follow-up", followUp],
      ["ask", ask],
    ] as const
  ).map(([key, touch]) => ({ key, label: STEP_LABELS[key], done: touch !== null, doneOn: touch?.occurredOn ?? null }));
  const completed = ask ? 3 : followUp ? 2 : work ? 1 : 0;
  return { steps, completed };
}

export type SuggestedTouch = {
  step: "work" | "follow-up" | "ask" | "keep-warm";
  kind: TouchKind;
  label: string;
  dueOn: Date | null;
  reason: string;
};

/** Intro meetings with A-list people belong in the first 4-6 weeks of the year. */
const INTRO_WINDOW_DAYS = 42;
const WORK_DEFAULT_DAYS = 14;
const ASK_AFTER_FOLLOW_UP_DAYS = 56;
const KEEP_WARM_DAYS = 90;

/** `arrivedOn`: when the person was added or the resident joined, whichever is later (see arrivalDate). */
export function nextSuggestedTouch(input: {
  touches: TouchLike[];
  isAList: boolean;
  programStartDate: Date;
  now: Date;
  arrivedOn?: Date | null;
}): SuggestedTouch {
  const { touches, isAList, programStartDate, now, arrivedOn } = input;
  const [work, followUp, ask] = stepTouches(touches);

  if (!work) {
    if (isAList) {
      const dueOn = dueAfterArrival(addUtcDays(programStartDate, INTRO_WINDOW_DAYS), arrivedOn);
      const overdue = daysFrom(now, dueOn) < 0;
      return {
        step: "work",
        kind: "INTRO_MEETING",
        label: "Book an intro meeting",
        dueOn,
        reason: overdue
          ? "This was due in your first six weeks. It is not too late: ask for a short conversation about their advice."
          : "Meet your A-list in the first four to six weeks. Ask for advice, not a job.",
      };
    }
    return {
      step: "work",
      kind: "INTRO_MEETING",
      label: "Meet or work together",
      dueOn: addUtcDays(now, WORK_DEFAULT_DAYS),
      reason: "A first real contact, on the wards or over coffee, gives them a face to remember.",
    };
  }

  if (!followUp) {
    const step1 = touches.filter((t) => STEP_1_KINDS.has(t.kind)).map((t) => t.endsOn ?? t.occurredOn);
    const from = latestOf(step1) ?? work.occurredOn;
    return {
      step: "follow-up",
      kind: "FOLLOW_UP",
      label: "Send a follow-up",
      dueOn: dueAfterArrival(addUtcDays(from, CLINICAL_FOLLOW_UP_DAYS), arrivedOn),
      reason: "A short note after working together turns a good month into a relationship.",
    };
  }

  if (!ask) {
    return {
      step: "ask",
      kind: "CONCRETE_ASK",
      label: "Make a concrete ask",
      dueOn: dueAfterArrival(addUtcDays(followUp.occurredOn, ASK_AFTER_FOLLOW_UP_DAYS), arrivedOn),
      reason: "Once they know your work, ask for one specific thing: a letter, intel, an introduction or advocacy.",
    };
  }

  const all = touches.map((t) => t.endsOn ?? t.occurredOn);
  const last = latestOf(all) ?? ask.occurredOn;
  return {
    step: "keep-warm",
    kind: "UPDATE",
    label: "Send an update",
    dueOn: dueAfterArrival(addUtcDays(last, KEEP_WARM_DAYS), arrivedOn),
    reason: "All three touches are done. A brief update now and then keeps them in your corner.",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Follow-up reminders: a polite nudge after 7-10 days without a reply, and a note within about ten days of the end
// of a rotation together.

export const FOLLOW_UP_DEFAULT_DAYS = 7;
export const FOLLOW_UP_MIN_DAYS = 7;
export const FOLLOW_UP_MAX_DAYS = 10;
export const CLINICAL_FOLLOW_UP_DAYS = 10;

/** A rotation's follow-up appears on the list once its last day is at most this many days away. */
const CLINICAL_LOOKAHEAD_DAYS = 7;

/** Which part of the workspace an item belongs to; an advisor sees an item only with the scope for its section. */
export type DueSection = "people" | "targets" | "plan" | "programs";

/** One thing to do by a date. Every list of due items (dashboard, digest, calendar feed, advisor) has this shape. */
export type DueItem = {
  /** Stable and unique within one resident's items: the calendar feed's UID and the de-duplication key. */
  key: string;
  type:
    | "awaiting-reply"
    | "post-clinical"
    | "next-touch"
    | "decision"
    | "report-back"
    | "meeting"
    | "touchpoint"
    | "rotation-prompt"
    | "late-start"
    | "interview-season"
    | "watchlist";
  personId: string | null;
  title: string;
  /** One or two sentences on what to do; the calendar event's description. */
  detail: string;
  dueOn: Date;
  overdue: boolean;
  /** The app path where it is done. */
  href: string;
  section: DueSection;
  touchId?: string;
};

function clampFollowUpDays(days: number): number {
  if (!Number.isFinite(days)) return FOLLOW_UP_DEFAULT_DAYS;
  return Math.min(FOLLOW_UP_MAX_DAYS, Math.max(FOLLOW_UP_MIN_DAYS, Math.round(days)));
}

const CLOSES_CLINICAL_KINDS: ReadonlySet<TouchKind> = new Set(["FOLLOW_UP", "THANK_YOU", "UPDATE", "INTRO_MEETING"]);

export function followUpsDue(input: {
  personId: string;
  personName: string;
  touches: (TouchLike & { id: string })[];
  now: Date;
  arrivedOn?: Date | null;
}): DueItem[] {
  const { personId, personName, touches, now, arrivedOn } = input;
  const items: DueItem[] = [];
  const href = `/people/${personId}`;

  for (const t of touches) {
    if (t.channel === "EMAIL" && t.awaitingReply && !t.replyReceivedOn) {
      // Any later touch (a reply logged as a meeting, a chat on the wards) means the thread moved on.
      const answeredLater = touches.some((o) => o.id !== t.id && daysFrom(t.occurredOn, o.occurredOn) > 0);
      if (!answeredLater) {
        const dueOn = dueAfterArrival(addUtcDays(t.occurredOn, clampFollowUpDays(t.followUpDays)), arrivedOn);
        const waited = daysFrom(t.occurredOn, now);
        items.push({
          key: `awaiting-reply:${t.id}`,
          type: "awaiting-reply",
          personId,
          title:
            waited > 0
              ? `Follow up with ${personName}: no reply for ${plural(waited, "day", "days")}`
              : `Follow up with ${personName} if your email goes unanswered`,
          detail: "No reply yet. A short, friendly nudge after a week or so is normal and rarely minded.",
          dueOn,
          overdue: daysFrom(now, dueOn) < 0,
          href,
          section: "people",
          touchId: t.id,
        });
      }
    }

    if (t.kind === "CLINICAL_WORK" && t.endsOn) {
      const endsOn = t.endsOn;
      const followedUp = touches.some((o) => CLOSES_CLINICAL_KINDS.has(o.kind) && daysFrom(t.occurredOn, o.occurredOn) >= 0);
      const inView = daysFrom(now, endsOn) <= CLINICAL_LOOKAHEAD_DAYS;
      if (!followedUp && inView) {
        const dueOn = dueAfterArrival(addUtcDays(endsOn, CLINICAL_FOLLOW_UP_DAYS), arrivedOn);
        items.push({
          key: `post-clinical:${t.id}`,
          type: "post-clinical",
          personId,
          title: daysFrom(now, endsOn) > 0 ? `Plan a note to ${personName} as your time together ends` : `Send ${personName} a note after working together`,
          detail: "A few lines of thanks and one thing you learned turn a good month into a relationship.",
          dueOn,
          overdue: daysFrom(now, dueOn) < 0,
          href,
          section: "people",
          touchId: t.id,
        });
      }
    }
  }

  return items.sort((a, b) => byDate(a.dueOn, b.dueOn));
}

const WEEK_DAYS = 7;

export function thisWeek<T extends { dueOn: Date }>(items: T[], now: Date): { overdue: T[]; dueThisWeek: T[]; later: T[] } {
  const sorted = [...items].sort((a, b) => byDate(a.dueOn, b.dueOn));
  const overdue: T[] = [];
  const dueThisWeek: T[] = [];
  const later: T[] = [];
  for (const item of sorted) {
    // Recomputed from the date with this clock, so items built at another moment still land in the right list.
    const inDays = daysFrom(now, item.dueOn);
    if (inDays < 0) overdue.push(item);
    else if (inDays <= WEEK_DAYS) dueThisWeek.push(item);
    else later.push(item);
  }
  return { overdue, dueThisWeek, later };
}

// ---------------------------------------------------------------------------------------------------------------
// One person at a glance: 3-touch progress, the next touch and the follow-ups due, from their touches and asks.

export function personInsights(input: {
  personId: string;
  personName: string;
  isAList: boolean;
  touches: (TouchLike & { id: string })[];
  asks?: AskLike[];
  programStartDate: Date;
  /** When the person was added to the map and when the resident joined: dates never fall before the later one. */
  addedOn?: Date | null;
  joinedOn?: Date | null;
  now: Date;
  /** The earliest planned meeting with this person, if any: it is the next touch when none has happened yet. */
  plannedMeetingOn?: Date | null;
}): { progress: ThreeTouchProgress; next: SuggestedTouch; due: DueItem[] } {
  const today = new Date(utcDayStart(input.now));
  const touches = [...input.touches, ...asksAsTouches(input.asks ?? [])];
  const arrivedOn = arrivalDate([input.addedOn, input.joinedOn], today);
  const progress = threeTouchProgress(touches);
  let next = nextSuggestedTouch({ touches, isAList: input.isAList, programStartDate: input.programStartDate, now: today, arrivedOn });
  if (next.step === "work" && input.plannedMeetingOn) {
    next = {
      ...next,
      kind: "INTRO_MEETING",
      label: "Intro meeting planned",
      dueOn: input.plannedMeetingOn,
      reason: "Prepare your CV, a paragraph on your goals and two or three questions.",
    };
  }
  const due = followUpsDue({ personId: input.personId, personName: input.personName, touches, now: today, arrivedOn });
  return { progress, next, due };
}

// ---------------------------------------------------------------------------------------------------------------
// Asks are spread across people: one person asked for a letter, intel, introductions and advocacy is one person
// carrying the whole year.

const MAX_ASK_KINDS_PER_PERSON = 2;

export function askSpreadWarning(asks: { personId: string; personName: string; kind: AskKind; status: AskStatus }[]): { personId: string; message: string }[] {
  const byPerson = new Map<string, { name: string; kinds: Set<AskKind> }>();
  for (const ask of asks) {
    if (ask.status === "DECLINED") continue;
    const entry = byPerson.get(ask.personId) ?? { name: ask.personName, kinds: new Set<AskKind>() };
    entry.kinds.add(ask.kind);
    byPerson.set(ask.personId, entry);
  }
  const warnings: { personId: string; message: string }[] = [];
  for (const [personId, { name, kinds }] of byPerson) {
    if (kinds.size > MAX_ASK_KINDS_PER_PERSON) {
      warnings.push({
        personId,
        message: `You are asking ${name} for ${kinds.size} different things. Spread your asks across other people so no one relationship carries it all.`,
      });
    }
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------------------------
// Letters: aim for 2-4 strong ones, at least two from the prelim year and one from the target specialty.

export type LetterLike = { status: AskStatus; fromPrelimYear: boolean; inTargetSpecialty: boolean };

export type LettersProgress = {
  secured: number;
  goalMin: 2;
  goalMax: 4;
  fromPrelimYear: number;
  inTargetSpecialty: number;
  checks: { key: "count" | "prelim-year" | "target-specialty"; label: string; met: boolean }[];
  summary: string;
};

export function lettersProgress(letters: LetterLike[]): LettersProgress {
  const secured = letters.filter((l) => l.status === "AGREED" || l.status === "DONE");
  const fromPrelimYear = secured.filter((l) => l.fromPrelimYear).length;
  const inTargetSpecialty = secured.filter((l) => l.inTargetSpecialty).length;
  const checks: LettersProgress["checks"] = [
    { key: "count", label: "At least 2 letters secured", met: secured.length >= 2 },
    { key: "prelim-year", label: "At least 2 from your prelim year", met: fromPrelimYear >= 2 },
    { key: "target-specialty", label: "At least 1 from your target specialty", met: inTargetSpecialty >= 1 },
  ];

  let summary: string;
  if (checks.every((c) => c.met)) {
    summary =
      secured.length > 4
        ? `${secured.length} letters secured. Send the strongest 4 where they fit best.`
        : `${plural(secured.length, "letter", "letters")} secured, covering what programs look for.`;
  } else if (secured.length === 0) {
    summary = "No letters secured yet. Aim for 2 to 4 strong ones.";
  } else {
    const missing = checks.filter((c) => !c.met).map((c) => c.label.charAt(0).toLowerCase() + c.label.slice(1));
    summary = `${plural(secured.length, "letter", "letters")} secured. Still to go: ${missing.join("; ")}.`;
  }

  return { secured: secured.length, goalMin: 2, goalMax: 4, fromPrelimYear, inTargetSpecialty, checks, summary };
}

// ---------------------------------------------------------------------------------------------------------------
// Targets: a steady story, and a reapply-or-pivot decision by the end of the second month.

const CONSISTENCY_WINDOW_DAYS = 30;
const MAX_CHANGES_IN_WINDOW = 2;

export function consistencyWarning(changes: { changedAt: Date }[], now: Date): string | null {
  // Future-dated changes (clock skew) count as recent.
  const recent = changes.filter((c) => daysFrom(c.changedAt, now) <= CONSISTENCY_WINDOW_DAYS).length;
  if (recent <= MAX_CHANGES_IN_WINDOW) return null;
  return `You have changed your target or location stance ${recent} times in the last month. Faculty remember what you told them, and a steady answer makes it easier for them to speak up for you.`;
}

const DECISION_MONTHS = 2;

/** Two months into the program year; for a resident who joined after that, two weeks after they joined. */
export function decisionDeadline(programStartDate: Date, joinedOn?: Date | null): Date {
  return dueAfterArrival(addUtcMonths(programStartDate, DECISION_MONTHS), joinedOn);
}

export type DecisionStatus = { decided: boolean; deadline: Date; daysLeft: number; overdue: boolean; message: string };

/** `daysLeft` is whole calendar days until the deadline, negative once it has passed. */
export function decisionStatus(input: {
  programStartDate: Date;
  joinedOn?: Date | null;
  decision: "UNDECIDED" | "REAPPLY" | "PIVOT";
  now: Date;
}): DecisionStatus {
  const { programStartDate, joinedOn, decision, now } = input;
  const deadline = decisionDeadline(programStartDate, arrivalDate([joinedOn], now));
  const daysLeft = daysFrom(now, deadline);
  const decided = decision !== "UNDECIDED";
  const overdue = !decided && daysLeft < 0;

  let message: string;
  if (decision === "REAPPLY") {
    message = "You plan to reapply in the same specialty. Point this year's meetings and letters at that goal.";
  } else if (decision === "PIVOT") {
    message = "You plan to pivot. Make sure people in your new field get to know your work.";
  } else if (overdue) {
    message = `Your decision date passed ${plural(-daysLeft, "day", "days")} ago. A provisional choice now still lets you aim the rest of the year.`;
  } else if (daysLeft === 0) {
    message = "Today is your date to choose between reapplying and pivoting.";
  } else {
    message = `Choose between reapplying and pivoting by ${formatUtcDay(deadline)}: ${plural(daysLeft, "day", "days")} left.`;
  }
  return { decided, deadline, daysLeft, overdue, message };
}

/** Two unsuccessful cycles in a hyper-competitive specialty is the articles' signal to weigh a pivot. */
const PIVOT_AFTER_CYCLES = 2;

export function pivotPrompt(input: { specialty: string | null; unsuccessfulCycles: number }): {
  show: boolean;
  message: string | null;
  relatedPaths: RelatedPath[];
} {
  const specialty = specialtyById(input.specialty);
  const relatedPaths = specialty ? specialty.relatedPaths.map((p) => ({ ...p })) : [];
  const show = Boolean(specialty?.hyperCompetitive) && input.unsuccessfulCycles >= PIVOT_AFTER_CYCLES;
  const message =
    show && specialty
      ? `After ${input.unsuccessfulCycles} cycles without a match in ${specialty.label.toLowerCase()}, a related path deserves a serious look. Many keep what drew you to the field.`
      : null;
  return { show, message, relatedPaths };
}

// ---------------------------------------------------------------------------------------------------------------
// First week: a target, an A-list, and intro meetings on the calendar.

export function firstWeekChecklist(input: { hasTarget: boolean; aListCount: number; plannedMeetings: number }): {
  items: { key: "target" | "a-list" | "meetings"; label: string; done: boolean; href: string }[];
  allDone: boolean;
} {
  const items: { key: "target" | "a-list" | "meetings"; label: string; done: boolean; href: string }[] = [
    { key: "target", label: "Name your target specialty and where you will train", done: input.hasTarget, href: "/targets" },
    { key: "a-list", label: `Pick your A-list: ${A_LIST_MIN} to ${A_LIST_MAX} people`, done: input.aListCount >= A_LIST_MIN, href: "/people" },
    // One meeting on the calendar is the start we ask for; the rest follow from the A-list view.
    { key: "meetings", label: "Plan intro meetings with your A-list", done: input.plannedMeetings >= 1, href: "/people?aList=1" },
  ];
  return { items, allDone: items.every((i) => i.done) };
}

// ---------------------------------------------------------------------------------------------------------------
// "Needs attention" ordering for the people list.

/**
 * Higher means "look at this person sooner". The score is a lexicographic key packed into one number:
 *
 *   score = overdue * 100_000_000        overdue = 1 when overdueCount > 0
 *         + aList   *  10_000_000
 *         + min(overdueCount, 9) * 1_000_000
 *         + soon * 10                    soon = 1000 - clamp(days until nextDueOn, 0, 999); 0 when nothing is due
 *         + (3 - completedSteps)         fewer touches done breaks the last ties
 *
 * So anyone with an overdue item comes first (A-list among them first, then more overdue items), then A-list people
 * by soonest due date, then everyone else by soonest due date. Each term is smaller than the step above it.
 */
export function attentionScore(input: { isAList: boolean; nextDueOn: Date | null; overdueCount: number; completedSteps: number; now: Date }): number {
  const overdueCount = Math.max(0, Math.floor(input.overdueCount));
  const overdue = overdueCount > 0 ? 1 : 0;
  const aList = input.isAList ? 1 : 0;
  const soon = input.nextDueOn === null ? 0 : 1000 - Math.min(999, Math.max(0, daysFrom(input.now, input.nextDueOn)));
  const fresh = 3 - Math.min(3, Math.max(0, Math.floor(input.completedSteps)));
  return overdue * 100_000_000 + aList * 10_000_000 + Math.min(overdueCount, 9) * 1_000_000 + soon * 10 + fresh;
}
