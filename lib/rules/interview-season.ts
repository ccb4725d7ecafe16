// The interview season as tasks. After an interview: a thank-you within 24-48 hours and a note of impressions while
// they are fresh; then the interest-letter window (late November to early January) and, for the top of the rank
// worksheet, one brief final note before the rank list deadline. Each task is once per program and interview, and
// closes when done or dismissed. Pure: the caller passes the programs, what was sent, the cycle and "now".
// Source: seed article 002 (thank-you within 24-48 h, interest letters late Nov to early Jan, one final note to the
// top 2-3 before the rank deadline) and the domain guide, "Pre-match communication".

import { addDaysUtc, formatDay, startOfDayUtc } from "@/lib/dates";
import type { MessageKind, PostInterviewPolicy } from "@/lib/rules/message-rules";
import type { DueItem } from "@/lib/rules/workspace";

export const SEASON_TASK_KINDS = ["THANK_YOU", "IMPRESSIONS", "INTEREST_LETTER", "FINAL_NOTE"] as const;
export type SeasonTaskKind = (typeof SEASON_TASK_KINDS)[number];

export type ProgramStatus = "RESEARCHING" | "APPLIED" | "INTERVIEW_OFFERED" | "INTERVIEWED" | "RANKED" | "MATCHED" | "NOT_PURSUING";

export type SeasonProgram = {
  id: string;
  name: string;
  status: ProgramStatus;
  interviewDate: Date | null;
  postInterviewCommunication: PostInterviewPolicy;
  /** Messages to this program that left the app (pending or sent; not those the resident did not send). */
  messages: { kind: MessageKind; sentAt: Date }[];
  hasImpressions: boolean;
  /** Position on the rank worksheet of the cycle, if placed. */
  rankPosition: number | null;
};

export type SeasonInput = {
  programs: SeasonProgram[];
  /** The cycle being worked on; without one only the thank-you and impressions tasks can be dated. */
  cycle: { applicationsOpen: Date; rankListDeadline: Date } | null;
  dismissed: { programId: string; kind: SeasonTaskKind; interviewDate: Date }[];
  now: Date;
};

export type SeasonTask = DueItem & {
  type: "interview-season";
  personId: null;
  key: string;
  kind: SeasonTaskKind;
  programId: string;
  interviewDate: Date;
  /** Where the task is done: the composer prefilled with the right kind, or the impressions note. */
  href: string;
  section: "programs";
  /** The task is shown from this day; a window's dueOn is the day it closes. */
  opensOn: Date;
};

/** What each task asks, in a sentence: the calendar event's description and the digest's detail line. */
const TASK_DETAIL: Record<SeasonTaskKind, string> = {
  THANK_YOU: "A short, specific thank-you within 24-48 hours of the interview, while the day is fresh for the interviewers.",
  IMPRESSIONS: "Note what you liked, your concerns, how you would rank it, the people you met and who to thank, before the details blur.",
  INTEREST_LETTER: "If you have news or genuine interest to add, one brief interest or update letter; it is optional, and at most two per program.",
  FINAL_NOTE:
    "One brief final note to the top two or three programs on your worksheet before the rank list deadline; no first-choice claim unless it is true and yours alone.",
};

/** A thank-you is due 48 hours after the interview day. */
export const THANK_YOU_DUE_DAYS = 2;
/** Past two weeks a thank-you reads as an afterthought; the task stops asking. */
export const THANK_YOU_STALE_DAYS = 14;
/** Impressions are best written the same evening; the task asks by the next day. */
export const IMPRESSIONS_DUE_DAYS = 1;
/** The final note goes to the top two or three programs only. */
export const FINAL_NOTE_TOP = 3;
/** The final-note window: the three weeks before the rank list deadline. */
export const FINAL_NOTE_WINDOW_DAYS = 21;

const INACTIVE: ReadonlySet<ProgramStatus> = new Set(["NOT_PURSUING", "MATCHED"]);

/** The interest-letter window of a cycle: November 20 to January 10 before its rank list deadline. */
export function interestWindow(rankListDeadline: Date): { opensOn: Date; closesOn: Date } {
  const year = rankListDeadline.getUTCFullYear();
  return { opensOn: new Date(Date.UTC(year - 1, 10, 20)), closesOn: new Date(Date.UTC(year, 0, 10)) };
}

/** The final-note window: three weeks up to the day before the rank list deadline. */
export function finalNoteWindow(rankListDeadline: Date): { opensOn: Date; closesOn: Date } {
  const deadline = startOfDayUtc(rankListDeadline);
  return { opensOn: addDaysUtc(deadline, -FINAL_NOTE_WINDOW_DAYS), closesOn: addDaysUtc(deadline, -1) };
}

const sameDay = (a: Date, b: Date) => startOfDayUtc(a).getTime() === startOfDayUtc(b).getTime();

export function interviewSeasonTasks({ programs, cycle, dismissed, now }: SeasonInput): SeasonTask[] {
  const today = startOfDayUtc(now);
  const tasks: SeasonTask[] = [];
  for (const program of programs) {
    if (!program.interviewDate || INACTIVE.has(program.status)) continue;
    const interview = startOfDayUtc(program.interviewDate);
    if (today < interview) continue;
    if (cycle && (interview < startOfDayUtc(cycle.applicationsOpen) || interview > startOfDayUtc(cycle.rankListDeadline))) continue;
    // A program that asked for no contact after interviews gets no prompt to write (the rules would block it).
    const mayWrite = program.postInterviewCommunication !== "NO";
    const since = program.messages.filter((m) => m.sentAt >= interview);
    const sent = (...kinds: MessageKind[]) => since.some((m) => kinds.includes(m.kind));
    const isDismissed = (kind: SeasonTaskKind) => dismissed.some((d) => d.programId === program.id && d.kind === kind && sameDay(d.interviewDate, interview));
    const add = (kind: SeasonTaskKind, title: string, dueOn: Date, opensOn: Date, href: string) => {
      if (isDismissed(kind)) return;
      tasks.push({
        type: "interview-season",
        personId: null,
        key: `${kind}:${program.id}:${interview.toISOString().slice(0, 10)}`,
        kind,
        programId: program.id,
        interviewDate: interview,
        title,
        detail: TASK_DETAIL[kind],
        dueOn,
        overdue: dueOn < today,
        href,
        section: "programs",
        opensOn,
      });
    };
    const compose = (kind: MessageKind) => `/programs/${program.id}/compose?kind=${kind}`;

    const thankYouDue = addDaysUtc(interview, THANK_YOU_DUE_DAYS);
    if (mayWrite && !sent("THANK_YOU") && today <= addDaysUtc(interview, THANK_YOU_STALE_DAYS)) {
      add("THANK_YOU", `Send a thank-you to ${program.name} (due ${formatDay(thankYouDue)})`, thankYouDue, interview, compose("THANK_YOU"));
    }
    const rankDeadline = cycle ? startOfDayUtc(cycle.rankListDeadline) : null;
    if (!program.hasImpressions && (rankDeadline === null || today <= rankDeadline)) {
      add(
        "IMPRESSIONS",
        `Write down your impressions of ${program.name}`,
        addDaysUtc(interview, IMPRESSIONS_DUE_DAYS),
        interview,
        `/programs/${program.id}#impressions`,
      );
    }
    if (!cycle || !mayWrite) continue;
    const interest = interestWindow(cycle.rankListDeadline);
    if (today >= interest.opensOn && today <= interest.closesOn && !sent("INTEREST_UPDATE", "LETTER_OF_INTENT")) {
      add(
        "INTEREST_LETTER",
        `Interest letter window: consider one to ${program.name} (open until ${formatDay(interest.closesOn)})`,
        interest.closesOn,
        interest.opensOn,
        compose("INTEREST_UPDATE"),
      );
    }
    const final = finalNoteWindow(cycle.rankListDeadline);
    const top = program.rankPosition !== null && program.rankPosition <= FINAL_NOTE_TOP;
    if (top && today >= final.opensOn && today <= final.closesOn && !since.some((m) => m.kind === "FINAL_NOTE" && m.sentAt >= final.opensOn)) {
      add(
        "FINAL_NOTE",
        `Final-note window: a brief note to ${program.name}, #${program.rankPosition} on your worksheet (until ${formatDay(final.closesOn)})`,
        final.closesOn,
        final.opensOn,
        compose("FINAL_NOTE"),
      );
    }
  }
  return tasks.sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.title.localeCompare(b.title));
}

/**
 * The kind of message the composer starts with when none is asked for, from where the program stands: nothing
 * before applying but an eligibility question, no thank-you to a program never interviewed, a thank-you right after
 * an interview, and only a reply to a program that asked for no contact after interviews.
 */
export function defaultMessageKind(
  program: Pick<SeasonProgram, "status" | "interviewDate" | "postInterviewCommunication" | "messages">,
  now: Date,
): MessageKind {
  const today = startOfDayUtc(now);
  const interview = program.interviewDate ? startOfDayUtc(program.interviewDate) : null;
  const interviewed = (interview !== null && interview <= today) || program.status === "INTERVIEWED" || program.status === "RANKED";
  if (!interviewed) return program.status === "RESEARCHING" ? "PRE_APPLICATION" : "OTHER";
  if (program.postInterviewCommunication === "NO") return "REPLY";
  if (program.status === "MATCHED" || program.status === "NOT_PURSUING") return "OTHER";
  const thanked = interview !== null && program.messages.some((m) => m.kind === "THANK_YOU" && m.sentAt >= interview);
  if (interview !== null && !thanked && today <= addDaysUtc(interview, THANK_YOU_STALE_DAYS)) return "THANK_YOU";
  return "INTEREST_UPDATE";
}
