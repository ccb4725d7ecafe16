// Message vocabulary for people: rule names, channels and statuses. No zod here: client components import this.
import type { RuleId } from "@/lib/rules/message-rules";

/** What each honesty rule is called on screen. Codes stay in the data; people read these. */
export const RULE_LABELS: Record<RuleId, string> = {
  "one-letter-of-intent": "One letter of intent",
  "single-first-choice": "One first choice",
  "no-rank-solicitation": "No questions about ranking",
  "no-commitment-deal": "No deals or commitments",
  "respect-no-contact": "Program asked for no contact",
  spacing: "Too soon after your last message",
  "soap-blackout": "SOAP: wait for the program",
  "consistent-story": "Consistent with your profile",
  "unfilled-placeholder": "Template gaps to fill in",
  "thank-you-without-interview": "Thank-you without an interview",
  "late-thank-you": "Late thank-you",
  "loi-timing": "Letter of intent timing",
  "too-long": "Longer than a one-minute read",
  tone: "Tone",
  "final-note-count": "Final notes to many programs",
};

/** A stored rule code (audit entries, saved findings) as a label; codes from a newer rule set read sensibly too. */
export function ruleLabel(rule: string): string {
  if (Object.hasOwn(RULE_LABELS, rule)) return RULE_LABELS[rule as RuleId];
  const words = rule.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "A message rule";
}

export const MESSAGE_CHANNELS = ["MAIL_APP", "COPY", "APP_EMAIL"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const CHANNEL_LABELS: Record<MessageChannel, string> = {
  MAIL_APP: "opened in your mail app",
  COPY: "copied to send yourself",
  APP_EMAIL: "sent from Prelim Scout",
};

export const MESSAGE_STATUS_LABELS: Record<"PENDING" | "SENT" | "NOT_SENT", string> = {
  PENDING: "Waiting for you to say whether you sent it",
  SENT: "Sent",
  NOT_SENT: "Not sent",
};

export const OVERSTEP_KIND_LABELS: Record<"ASKED_RANKING" | "OFFERED_COMMITMENT" | "OTHER_PRESSURE", string> = {
  ASKED_RANKING: "Asked where I will rank them",
  OFFERED_COMMITMENT: "Offered or asked for a commitment",
  OTHER_PRESSURE: "Other pressure about ranking",
};
