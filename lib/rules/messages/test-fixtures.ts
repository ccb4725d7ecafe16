// Shared fixtures for the message-rule tests (message-rules.test.ts and the per-writer tables beside it): a cycle
// calendar for any year, a program to write to, a context and a draft with overrides, and the rules a sentence
// triggers while a first-choice claim to another program is on record. Test support only; nothing in the app imports it.
import {
  evaluateMessage,
  type CycleCalendar,
  type MessageContext,
  type MessageDraft,
  type MessageKind,
  type RuleId,
  type SentMessage,
} from "@/lib/rules/message-rules";

export const at = (iso: string) => new Date(iso);
const pad = (n: number) => String(n).padStart(2, "0");
/** A UTC instant in the given year: on(2027, 3, 16, 10) is 2027-03-16T10:00Z. */
export const on = (year: number, month: number, dayOfMonth: number, hour = 0, minute = 0) =>
  at(`${year}-${pad(month)}-${pad(dayOfMonth)}T${pad(hour)}:${pad(minute)}:00Z`);

export function calendarFor(year: number): CycleCalendar {
  return {
    applicationsOpen: on(year - 1, 6, 4),
    rankListDeadline: on(year, 3, 4),
    matchWeekMonday: on(year, 3, 16),
    soapEnd: on(year, 3, 19),
    matchDay: on(year, 3, 20),
    trainingStart: on(year, 7, 1),
  };
}

export const MERCY = "p-mercy";
export const LAKESIDE = "p-lakeside";

export type Profile = Partial<MessageContext["profile"]>;
export type LanguageCase = [text: string, expected: RuleId[], profile?: Profile];

export type ContextOverrides = {
  profile?: Profile;
  program?: Partial<MessageContext["program"]>;
  programContactedFirstDuringSoap?: boolean;
  sentThisCycle?: SentMessage[];
};

export function contextFor(year: number, overrides: ContextOverrides = {}): MessageContext {
  return {
    profile: { targetSpecialty: "neurology", visaStatus: "J1", ...overrides.profile },
    program: {
      id: MERCY,
      name: "Mercy General Neurology",
      postInterviewCommunication: "YES",
      participatesInMatch: true,
      interviewDate: on(year - 1, 11, 10, 9),
      ...overrides.program,
    },
    calendar: calendarFor(year),
    programContactedFirstDuringSoap: overrides.programContactedFirstDuringSoap ?? false,
    sentThisCycle: overrides.sentThisCycle ?? [],
  };
}

export function draftOf(overrides: Partial<MessageDraft> & { sentAt: Date }): MessageDraft {
  return { programId: MERCY, kind: "OTHER", subject: "A question", body: "Thank you for your time.", ...overrides };
}

export const sent = (programId: string, kind: MessageKind, sentAt: Date, claims = false): SentMessage => ({
  programId,
  kind,
  sentAt,
  claimsFirstChoice: claims,
});
export const rulesOf = (draft: MessageDraft, context: MessageContext): RuleId[] => evaluateMessage(draft, context).map((f) => f.rule);

/** The cycle year the language tables are read in. */
export const LANGUAGE_YEAR = 2027;
export const claimElsewhere = sent(LAKESIDE, "INTEREST_UPDATE", on(LANGUAGE_YEAR - 1, 11, 1), true);

/** The rules a sentence triggers as a plain message while a first-choice claim to another program is on record. */
export function languageRules(text: string, profile?: Profile, subject = "A question"): RuleId[] {
  const context = contextFor(LANGUAGE_YEAR, { profile, sentThisCycle: [claimElsewhere] });
  return rulesOf(draftOf({ subject, body: text, sentAt: on(LANGUAGE_YEAR - 1, 12, 1) }), context);
}

/** The findings a language table expects, by rule. */
export const RANK: RuleId[] = ["no-rank-solicitation"];
export const DEAL: RuleId[] = ["no-commitment-deal"];
export const CLAIM: RuleId[] = ["single-first-choice"];
export const STORY: RuleId[] = ["consistent-story"];
export const US: Profile = { visaStatus: "US_CITIZEN_OR_PR" };
