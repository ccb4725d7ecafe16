// The vocabulary of the message rules: what a draft, its context and a finding look like. Pure types, shared by
// the composer (browser) and the server.

import type { VISA_STATUSES } from "@/lib/labels/profile";
import type { MESSAGE_KINDS } from "@/lib/labels/programs";
import type { SpecialtyId } from "@/lib/rules/specialties";

export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type VisaStatus = (typeof VISA_STATUSES)[number];
export type PostInterviewPolicy = "YES" | "NO" | "UNKNOWN";

export type BlockRuleId =
  | "one-letter-of-intent"
  | "single-first-choice"
  | "no-rank-solicitation"
  | "no-commitment-deal"
  | "respect-no-contact"
  | "spacing"
  | "soap-blackout"
  | "consistent-story"
  | "unfilled-placeholder"
  | "thank-you-without-interview";
export type WarnRuleId = "late-thank-you" | "loi-timing" | "too-long" | "tone" | "final-note-count";
export type RuleId = BlockRuleId | WarnRuleId;
export type Severity = "block" | "warn";

/** Where in the draft a sentence sits. */
export type Field = "subject" | "body";

export type Rewrite = {
  field: Field;
  /** An exact substring of that field as the resident typed it. */
  from: string;
  /** What to put in its place: an honest sentence that keeps the resident's intent where it can. */
  to: string;
};

export type Finding = {
  rule: RuleId;
  severity: Severity;
  /** Why it matters and what to do, in a few sentences. */
  message: string;
  /** The sentence that triggered the finding, as typed (rules about dates or history have none). */
  quote?: string;
  field?: Field;
  rewrite?: { from: string; to: string };
};

export type MessageDraft = { programId: string; kind: MessageKind; subject: string; body: string; sentAt: Date };
export type SentMessage = { programId: string; kind: MessageKind; sentAt: Date; claimsFirstChoice: boolean };
export type CycleCalendar = {
  applicationsOpen: Date;
  rankListDeadline: Date;
  matchWeekMonday: Date;
  soapEnd: Date;
  matchDay: Date;
  trainingStart: Date;
};
export type MessageContext = {
  profile: { targetSpecialty: SpecialtyId | null; visaStatus: VisaStatus };
  program: { id: string; name: string; postInterviewCommunication: PostInterviewPolicy; participatesInMatch: boolean; interviewDate: Date | null };
  calendar: CycleCalendar;
  programContactedFirstDuringSoap: boolean;
  /** Messages already recorded as sent this cycle, to any program (not including the draft). */
  sentThisCycle: SentMessage[];
};
