// Runs the honesty rules over the labelled message corpus (lib/rules/message-corpus/*.jsonl) and measures them:
// recall per text rule on violations, the false-block rate on honest messages, and every miss. Used by
// `npm run rules:eval` and by the corpus test. Pure: the caller reads the files.

import { z } from "zod";
import { MESSAGE_KINDS } from "@/lib/labels/programs";
import { VISA_STATUSES } from "@/lib/labels/profile";
import { evaluateMessage } from "@/lib/rules/messages/evaluate";
import { TEXT_RULES } from "@/lib/rules/messages/rules";
import type { BlockRuleId, Finding, MessageContext, MessageDraft } from "@/lib/rules/messages/types";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";

const textRule = z.enum(TEXT_RULES as [BlockRuleId, ...BlockRuleId[]]);

export const corpusCaseSchema = z
  .object({
    id: z.string().min(1),
    label: z.enum(["violation", "honest"]),
    rules: z.array(textRule),
    register: z.string().min(1),
    kind: z.enum(MESSAGE_KINDS),
    subject: z.string(),
    body: z.string(),
    profile: z.object({ targetSpecialty: z.enum(SPECIALTY_IDS).nullable().optional(), visaStatus: z.enum(VISA_STATUSES).optional() }).optional(),
    history: z
      .array(z.object({ to: z.enum(["this", "other"]), kind: z.enum(MESSAGE_KINDS), claimsFirstChoice: z.boolean(), daysAgo: z.number().int().min(1) }))
      .optional(),
    why: z.string().min(1),
  })
  .strict()
  .refine((c) => (c.label === "violation") === c.rules.length > 0, { message: "a violation names its rules; an honest case names none" });

export type CorpusCase = z.infer<typeof corpusCaseSchema>;

/** Every case is evaluated as if sent on this date: inside the letter-of-intent window, away from SOAP. */
const SENT_AT = new Date("2027-01-20T15:00:00Z");
const DAY = 86_400_000;
const THIS = "program-this";
const OTHER = "program-other";

export function contextFor(c: CorpusCase): { draft: MessageDraft; context: MessageContext } {
  const history = (c.history ?? []).map((h) => ({
    programId: h.to === "this" ? THIS : `${OTHER}-${h.daysAgo}`,
    kind: h.kind,
    claimsFirstChoice: h.claimsFirstChoice,
    sentAt: new Date(SENT_AT.getTime() - h.daysAgo * DAY),
  }));
  return {
    draft: { programId: THIS, kind: c.kind, subject: c.subject, body: c.body, sentAt: SENT_AT },
    context: {
      profile: { targetSpecialty: c.profile?.targetSpecialty ?? "internal-medicine", visaStatus: c.profile?.visaStatus ?? "J1" },
      program: {
        id: THIS,
        name: "the program",
        postInterviewCommunication: "YES",
        participatesInMatch: true,
        interviewDate: new Date(SENT_AT.getTime() - 2 * DAY),
      },
      calendar: {
        applicationsOpen: new Date("2026-06-03T00:00:00Z"),
        rankListDeadline: new Date("2027-03-03T00:00:00Z"),
        matchWeekMonday: new Date("2027-03-15T00:00:00Z"),
        soapEnd: new Date("2027-03-18T00:00:00Z"),
        matchDay: new Date("2027-03-19T00:00:00Z"),
        trainingStart: new Date("2027-07-01T00:00:00Z"),
      },
      programContactedFirstDuringSoap: false,
      sentThisCycle: history,
    },
  };
}

export type CaseResult = { case: CorpusCase; findings: Finding[]; blocked: BlockRuleId[]; missed: BlockRuleId[]; extra: BlockRuleId[] };

export function evaluateCase(c: CorpusCase): CaseResult {
  const { draft, context } = contextFor(c);
  const findings = evaluateMessage(draft, context);
  const blocked = findings.filter((f) => f.severity === "block").map((f) => f.rule as BlockRuleId);
  // Only the text rules are measured; the corpus contexts keep every date and history rule quiet.
  const textBlocks = blocked.filter((r) => TEXT_RULES.includes(r));
  return {
    case: c,
    findings,
    blocked,
    missed: c.rules.filter((r) => !blocked.includes(r)),
    extra: c.label === "honest" ? blocked : textBlocks.filter((r) => !c.rules.includes(r)),
  };
}

export type CorpusReport = {
  violations: number;
  honest: number;
  perRule: { rule: BlockRuleId; cases: number; caught: number; recall: number }[];
  /** Violations with every expected rule caught. */
  recall: number;
  falseBlocks: number;
  falseBlockRate: number;
  misses: CaseResult[];
  falseBlocked: CaseResult[];
  /** Violations that also tripped a text rule they were not labelled with (reported, not counted). */
  extras: CaseResult[];
};

export function evaluateCorpus(cases: readonly CorpusCase[]): CorpusReport {
  const results = cases.map(evaluateCase);
  const violations = results.filter((r) => r.case.label === "violation");
  const honest = results.filter((r) => r.case.label === "honest");
  const perRule = TEXT_RULES.map((rule) => {
    const withRule = violations.filter((r) => r.case.rules.includes(rule));
    const caught = withRule.filter((r) => r.blocked.includes(rule)).length;
    return { rule, cases: withRule.length, caught, recall: withRule.length === 0 ? 1 : caught / withRule.length };
  });
  const misses = violations.filter((r) => r.missed.length > 0);
  const falseBlocked = honest.filter((r) => r.blocked.length > 0);
  return {
    violations: violations.length,
    honest: honest.length,
    perRule,
    recall: violations.length === 0 ? 1 : (violations.length - misses.length) / violations.length,
    falseBlocks: falseBlocked.length,
    falseBlockRate: honest.length === 0 ? 0 : falseBlocked.length / honest.length,
    misses,
    falseBlocked,
    extras: violations.filter((r) => r.extra.length > 0),
  };
}

/** Parses JSON Lines; a bad line is an error naming the file and line. */
export function parseCorpus(name: string, text: string): CorpusCase[] {
  const out: CorpusCase[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${index + 1}: not valid JSON`);
    }
    const parsed = corpusCaseSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${name}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    out.push(parsed.data);
  });
  return out;
}
