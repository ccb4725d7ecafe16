// The learned goal reader (docs/decisions/0017): a logistic regression over the words of one normalised sentence that
// reads whether the words around a field a sentence names state it as the writer's own career goal. The fields are
// masked, so it learns the frame ("my aim is to train as ...", "... is where I see myself") and not the field; the consistent-story rule
// then compares the field the sentence names with the profile. Trained by scripts/rules-model/goal.ts on the
// sentences the story detectors read as goals; like the sentence scorer (0013) it only adds findings.

import { sentenceFeatures } from "@/lib/rules/messages/model";
import { fieldWindow, type FieldMention } from "@/lib/rules/messages/detect-story";

/** A trained goal reader: a bias, the probability above which a sentence reads as a goal, and one weight a feature. */
export type GoalWeights = { scale: number; bias: number; threshold: number; features: ReadonlyMap<string, number> };

/** The words that stand for the field being read and for any other field the sentence names. */
const FIELD = "zfield";
const OTHER_FIELD = "yfield";

/** The features of one field of a sentence: the words around it, the field masked, as the sentence scorer reads words. */
export function goalFeatures(norm: string, field: "subject" | "body", mention: FieldMention, mentions: readonly FieldMention[]): string[] {
  const others = mentions.filter((m) => m !== mention);
  return sentenceFeatures(fieldWindow(norm, mention, others, FIELD, OTHER_FIELD), field);
}

export function goalScore(features: readonly string[], weights: GoalWeights): number {
  let z = weights.bias;
  for (const feature of features) z += weights.features.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z / weights.scale));
}

/** Reads the generated table (goal-weights.ts): one feature a line, its weight after a tab. */
export function parseGoalTable(table: string): Map<string, number> {
  const features = new Map<string, number>();
  for (const line of table.split("\n")) {
    const cells = line.split("\t");
    if (cells.length === 2) features.set(cells[0] as string, Number(cells[1]));
  }
  return features;
}
