// The honesty rules for messages to programs. The engine lives in lib/rules/messages/ (normalisation, sentences,
// detectors, the rule table, rewrites); this module is its public face, kept so callers import one place.

export { evaluateMessage, claimsFirstChoice, readMessageText } from "@/lib/rules/messages/evaluate";
export { normalizeText, wordCount } from "@/lib/rules/messages/normalize";
export {
  BLOCK_RULES,
  WARN_RULES,
  TEXT_RULES,
  MAX_WORDS,
  SPACING_DAYS,
  MAX_THANK_YOU_PER_PROGRAM,
  MAX_INTEREST_UPDATES_PER_PROGRAM,
  THANK_YOU_HOURS,
  MAX_FINAL_NOTE_PROGRAMS,
} from "@/lib/rules/messages/rules";
export type {
  BlockRuleId,
  CycleCalendar,
  Field,
  Finding,
  MessageContext,
  MessageDraft,
  MessageKind,
  PostInterviewPolicy,
  RuleId,
  SentMessage,
  Severity,
  VisaStatus,
  WarnRuleId,
} from "@/lib/rules/messages/types";
