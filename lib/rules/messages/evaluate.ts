// evaluateMessage: every rule in the table, in a fixed order (blocks first), over the draft's sentences. Pure and
// the same in the browser (the composer's live check) and on the server (the gated send).

import { BLOCK_RULE_TABLE, WARN_RULE_TABLE, claimSentence, readAhead, ruleInput, type Rule } from "@/lib/rules/messages/rules";
import { compilePatterns } from "@/lib/rules/messages/lexicon";
import { sentencesOf } from "@/lib/rules/messages/sentences";
import type { Finding, MessageContext, MessageDraft } from "@/lib/rules/messages/types";

const TABLE: readonly Rule[] = [...BLOCK_RULE_TABLE, ...WARN_RULE_TABLE];

// Each entry point compiles the detectors' patterns first (once per process; decision 0016).

export function evaluateMessage(draft: MessageDraft, context: MessageContext): Finding[] {
  compilePatterns();
  const input = ruleInput(draft, context, sentencesOf(draft?.subject, draft?.body));
  const findings: Finding[] = [];
  for (const rule of TABLE) {
    const outcome = rule.check(input);
    if (outcome) findings.push({ rule: rule.id, severity: rule.severity, ...outcome });
  }
  return findings;
}

/**
 * Reads a draft's text ahead of its evaluation: the server calls this before it takes the lock that serialises a
 * resident's sends, so the evaluation inside the transaction only applies the context to what was already read.
 */
export function readMessageText(subject: string, body: string): void {
  compilePatterns();
  readAhead(sentencesOf(subject, body));
}

/** true when the text claims the program is the writer's first choice / will be ranked #1 (used to record the claim). */
export function claimsFirstChoice(text: string): boolean {
  compilePatterns();
  return claimSentence(sentencesOf("", text)) !== null;
}
