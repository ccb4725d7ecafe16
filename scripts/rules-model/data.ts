// The learned scorer's training data (docs/decisions/0013): every labelled corpus message split into sentences with
// the engine's own normalisation and splitter, each sentence labelled per rule by what the rules engine reads in it.
// A sentence is a positive for a rule when the engine flags it for that rule in a message it does not get wrong; a
// message labelled with a rule the engine misses (or flagged for a rule it is not labelled with) gives no labels
// for that rule, since which of its sentences carries the violation is unknown. First-choice claims are labelled
// wherever the engine reads one, in honest messages too: the model scores claims, the history decides.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseCorpus, type CorpusCase } from "../../lib/rules/message-corpus/evaluate-corpus";
import { MODEL_RULES, parseTable, scoreFeatures, sentenceFeatures, type ModelRule, type ModelWeights } from "../../lib/rules/messages/model";
import { BIAS, SCALE, TABLE, THRESHOLD } from "../../lib/rules/messages/model-weights";
import { sentenceFlags } from "../../lib/rules/messages/rules";
import { sentencesOf } from "../../lib/rules/messages/sentences";
import type { BlockRuleId } from "../../lib/rules/messages/types";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../lib/rules/message-corpus");

export const RULE_OF: Record<ModelRule, BlockRuleId> = {
  rank: "no-rank-solicitation",
  deal: "no-commitment-deal",
  claim: "single-first-choice",
};

export const WRITERS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentyfirst",
  "twentysecond",
  "twentythird",
  "twentyfourth",
  "twentyfifth",
  "twentysixth",
  "twentyseventh",
  "twentyeighth",
  "twentyninth",
  "thirtieth",
  "thirtyfirst",
  "thirtysecond",
  "thirtyfifth",
  "thirtysixth",
  "thirtyseventh",
  "thirtyeighth",
  "thirtyninth",
  "fortieth",
  "fortyfirst",
  "fortysecond",
  "fortythird",
  "fortyfourth",
  "fortyfifth",
  "fortysixth",
  "fortyseventh",
  "fortyeighth",
  "fortyninth",
  "fiftieth",
  "fiftyfirst",
  "fiftysecond",
  "fiftyfifth",
  "fiftysixth",
  "fiftyseventh",
  "fiftyeighth",
  "fiftyninth",
  "sixtieth",
  "sixtyfirst",
  "sixtysecond",
  "sixtythird",
  "sixtyfourth",
  "sixtyfifth",
  "sixtysixth",
  "sixtyseventh",
  "sixtyeighth",
] as const;
export type Writer = (typeof WRITERS)[number];

export function writerOf(file: string): Writer {
  const m = /^dev-(\w+)-writer\.jsonl$/.exec(file);
  if (!m) return "first";
  const w = m[1] as Writer;
  if (!WRITERS.includes(w)) throw new Error(`unknown writer in ${file}`);
  return w;
}

export type LabelledSentence = {
  text: string;
  field: "subject" | "body";
  features: string[];
  /** 1 or 0 per rule; null where the message gives no label for that rule. */
  label: Record<ModelRule, 0 | 1 | null>;
  /** What the engine flags in this sentence on its own. */
  engine: Record<ModelRule, boolean>;
};

export type LabelledMessage = {
  case: CorpusCase;
  /** "table": a sentence of the hand-written language table, used only as a training negative. */
  writer: Writer | "table";
  sentences: LabelledSentence[];
  /** The text rules the detectors alone (without the learned scorer) block on this message. */
  blocked: BlockRuleId[];
  /** Another program already heard a first-choice claim or a letter of intent (what turns a claim into a violation). */
  claimElsewhere: boolean;
};

/**
 * Reads every development file. What the rules block is worked out from the detectors alone (sentenceFlags), not
 * from evaluateMessage, which also applies the learned scorer: the labels must not depend on the model they train.
 */
let shippedModel: ModelWeights | null = null;
/** The scorer the engine ships now (model-weights.ts as it was when this process started). */
function shipped(): ModelWeights {
  shippedModel ??= { scale: SCALE, bias: BIAS, threshold: THRESHOLD, features: parseTable(TABLE) };
  return shippedModel;
}

export function loadCorpus(): LabelledMessage[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".jsonl") && f.startsWith("dev-"))
    .sort();
  const out: LabelledMessage[] = [];
  for (const file of files) {
    for (const c of parseCorpus(file, readFileSync(path.join(CORPUS_DIR, file), "utf8"))) {
      const sentences = sentencesOf(c.subject, c.body).map((s) => ({ s, flags: sentenceFlags(s) }));
      const claimElsewhere = (c.history ?? []).some((h) => h.to === "other" && (h.claimsFirstChoice || h.kind === "LETTER_OF_INTENT"));
      const flagged = (rule: ModelRule) => sentences.some((x) => x.flags[rule]);
      const blocked = MODEL_RULES.filter((rule) =>
        rule === "claim" ? (flagged("claim") || c.kind === "LETTER_OF_INTENT") && claimElsewhere : flagged(rule),
      ).map((rule) => RULE_OF[rule]);
      const features = sentences.map(({ s }) => sentenceFeatures(s.norm, s.field));
      // A violation the detectors miss but the shipped scorer reads: its sentence is the one the scorer reads most
      // strongly, so a retrained scorer keeps what the engine catches today.
      const shippedReading = (rule: ModelRule) => {
        const scores = features.map((f) => scoreFeatures(f, shipped())[rule]);
        const best = Math.max(...scores);
        return best >= shipped().threshold[rule] ? scores.indexOf(best) : -1;
      };
      const readBy = {} as Record<ModelRule, number>;
      for (const rule of MODEL_RULES) readBy[rule] = c.rules.includes(RULE_OF[rule]) && !flagged(rule) ? shippedReading(rule) : -1;
      const labelled = sentences.map(({ s, flags }, i) => {
        const label = {} as Record<ModelRule, 0 | 1 | null>;
        for (const rule of MODEL_RULES) {
          const labelledWith = c.rules.includes(RULE_OF[rule]);
          // A violation whose sentence neither the detectors nor the shipped scorer find, or a rank question or deal
          // found in a message not labelled with it: which sentence is which is unknown, so the message gives that
          // rule no labels.
          const unknown = labelledWith ? !flagged(rule) && readBy[rule] === -1 : rule !== "claim" && flagged(rule);
          label[rule] = unknown ? null : flags[rule] || readBy[rule] === i ? 1 : 0;
        }
        return { text: s.text, field: s.field, features: features[i] as string[], label, engine: flags };
      });
      out.push({ case: c, writer: writerOf(file), sentences: labelled, blocked, claimElsewhere });
    }
  }
  return out;
}

/** Each table sentence counts this many times (for the deal and claim models): a near miss written against the rules is worth more than a plain one. */
const TABLE_WEIGHT = 2;
const TABLE_FILE = path.resolve(import.meta.dirname, "../../lib/rules/message-rules.test.ts");
const CASE = /\[\s*("(?:[^"\\\n]|\\.)*")\s*,\s*\[([^\]]*)\]/g;

/**
 * The language table of lib/rules/message-rules.test.ts (hand-written sentences and near misses, each with the
 * findings it must produce), read as training NEGATIVES only: a table sentence not expected to break a rule is a
 * negative for that rule's model. Its violations are not used as positives, so the table (written by the rules'
 * authors after reading earlier writers' misses) cannot raise the recall the cross-validation measures; the
 * learned scorer's own table (after "learned sentence scorer") is left out, so it stays a test.
 */
export function loadTableNegatives(weight = TABLE_WEIGHT): LabelledMessage[] {
  const text = readFileSync(TABLE_FILE, "utf8");
  const start = text.indexOf("const FIRST_CHOICE_CLAIMS");
  const end = text.indexOf("const LANGUAGE_CASES");
  if (start === -1 || end === -1) throw new Error("language table not found in message-rules.test.ts");
  // The per-writer tables beside it (message-rules-*.test.ts) are read whole: their honest near misses (a case
  // expecting []) are negatives too; their violations name their rules by constant and are not read.
  const dir = path.dirname(TABLE_FILE);
  const others = readdirSync(dir)
    .filter((f) => /^message-rules-[a-z-]+\.test\.ts$/.test(f))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
  const out: LabelledMessage[] = [];
  for (const match of [text.slice(start, end), ...others].flatMap((t) => [...t.matchAll(CASE)])) {
    const sentenceText = JSON.parse(match[1] as string) as string;
    const expected = (match[2] as string).match(/"[^"]+"/g)?.map((x) => JSON.parse(x) as string) ?? [];
    const c = {
      id: `table-${out.length}`,
      label: "honest",
      rules: [],
      register: "table",
      kind: "OTHER",
      subject: "",
      body: sentenceText,
      why: "table",
    } as const;
    const sentences = sentencesOf("", sentenceText).map((s) => {
      const engine = sentenceFlags(s);
      const label = {} as Record<ModelRule, 0 | 1 | null>;
      // A reading the detectors make in a case reported under another rule (a rank-for-rank deal is reported as the
      // deal) is no negative for that reading.
      for (const rule of MODEL_RULES) label[rule] = expected.includes(RULE_OF[rule]) || engine[rule] ? null : 0;
      return { text: s.text, field: s.field, features: sentenceFeatures(s.norm, s.field), label, engine };
    });
    out.push({ case: { ...c, rules: [] }, writer: "table", sentences, blocked: [], claimElsewhere: false });
  }
  // The extra copies weigh on the deal and claim models only: the rank table's near misses share most of their words
  // with real rank questions, and counted twice they cost the rank model more recall on held-out writers than they
  // save in false blocks (measured by cv.ts).
  const extra = out.map((m) => ({ ...m, sentences: m.sentences.map((s) => ({ ...s, label: { ...s.label, rank: null } })) }));
  return [out, ...Array.from({ length: weight - 1 }, () => extra)].flat();
}
