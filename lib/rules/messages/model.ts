// The learned sentence scorer (docs/decisions/0013): a logistic regression per text rule over the words of one
// normalised sentence, trained on the labelled corpus by scripts/rules-model/train.ts. At run time it is a dot
// product over a small weight table (model-weights.ts), pure and the same in the browser and on the server. It only
// adds findings: a sentence the rules do not flag but the model scores above its rule's threshold.

import { L, rxg } from "@/lib/rules/messages/lexicon";
import { isRequest, withoutWithheld } from "@/lib/rules/messages/requests";

/** The sentence readings the model scores: a rank question, a deal, a first-choice claim. */
export const MODEL_RULES = ["rank", "deal", "claim"] as const;
export type ModelRule = (typeof MODEL_RULES)[number];

/** A trained model: per rule a bias, a threshold chosen by cross-validation, and per feature one weight per rule. */
export type ModelWeights = {
  /** Weights are stored as integers; the real weight is the integer divided by this. */
  scale: number;
  bias: Record<ModelRule, number>;
  /** Probability above which a sentence counts for the rule; above 1 the rule's model is off. */
  threshold: Record<ModelRule, number>;
  /** Feature to [rank, deal, claim] weights (scaled integers). */
  features: ReadonlyMap<string, readonly [number, number, number]>;
};

const TOKEN = rxg(String.raw`[${L}0-9]+(?:'[${L}]+)?|#\d+|\?`);
const CONDITION = /\b(?:if|provided|providing|as long as|in exchange|in return|should you|once|assuming|on condition|so long as|unless)\b/u;
const FIRST_PERSON = /\b(?:i|me|my|mine|myself)\b/u;
const SECOND_PERSON = /\b(?:you|your|yours)\b/u;
const MAX_TOKENS = 80;

/** The features of one normalised sentence: its words and word pairs, and a few readings of the engine's. */
export function sentenceFeatures(sentence: string, field: "subject" | "body"): string[] {
  // A request the writer says they withhold ("it would be rude of me to ask whether I am on your list") is not read:
  // its words are a rank question's words, and a bag of words cannot see the refusal around them.
  const norm = withoutWithheld(sentence);
  const tokens = (norm.match(TOKEN) ?? []).slice(0, MAX_TOKENS);
  const out = new Set<string>();
  const padded = ["<s>", ...tokens, "</s>"];
  for (let i = 0; i < padded.length; i += 1) {
    const token = padded[i] as string;
    if (i > 0 && i < padded.length - 1) out.add(token);
    if (i > 0) out.add(`${padded[i - 1]} ${token}`);
  }
  if (field === "subject") out.add("#subject");
  if (norm.includes("?")) out.add("#question");
  if (isRequest(norm)) out.add("#request");
  if (CONDITION.test(norm)) out.add("#condition");
  if (FIRST_PERSON.test(norm)) out.add("#first-person");
  if (SECOND_PERSON.test(norm)) out.add("#second-person");
  return [...out];
}

/** The probability, per rule, that the sentence is a rank question, a deal, a first-choice claim. */
export function scoreFeatures(features: readonly string[], model: ModelWeights): Record<ModelRule, number> {
  let rank = model.bias.rank;
  let deal = model.bias.deal;
  let claim = model.bias.claim;
  for (const feature of features) {
    const w = model.features.get(feature);
    if (!w) continue;
    rank += w[0];
    deal += w[1];
    claim += w[2];
  }
  const p = (z: number) => 1 / (1 + Math.exp(-z / model.scale));
  return { rank: p(rank), deal: p(deal), claim: p(claim) };
}

export function scoreSentence(norm: string, field: "subject" | "body", model: ModelWeights): Record<ModelRule, number> {
  return scoreFeatures(sentenceFeatures(norm, field), model);
}

/** Reads the generated table (model-weights.ts): one feature a line, its three weights after tabs. */
export function parseTable(table: string): Map<string, readonly [number, number, number]> {
  const features = new Map<string, readonly [number, number, number]>();
  for (const line of table.split("\n")) {
    const cells = line.split("\t");
    if (cells.length !== 4) continue;
    features.set(cells[0] as string, [Number(cells[1]), Number(cells[2]), Number(cells[3])]);
  }
  return features;
}
