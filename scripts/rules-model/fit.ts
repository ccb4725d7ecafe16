// Fits the three sentence models (rank question, deal, first-choice claim) on labelled messages and packs them into
// the runtime weight table (lib/rules/messages/model.ts): the cross-validation scores exactly what would ship.
import { MODEL_RULES, type ModelRule, type ModelWeights } from "../../lib/rules/messages/model";
import type { LabelledMessage } from "./data";
import { trainLogistic, type Example } from "./logistic";

export const FIT = {
  /** A feature must occur in at least this many training sentences. */
  minCount: 4,
  epochs: 20,
  l2: 0.03,
  rate: 0.3,
  /** Weights are stored as integers of 1/scale; a feature whose weights are all below minWeight is dropped. */
  scale: 20,
  minWeight: 0.3,
};

export type FitOptions = typeof FIT;

/** The thresholds chosen by the leave-one-writer-out cross-validation (scripts/rules-model/cv.ts prints them). */
export const THRESHOLDS: Record<ModelRule, number> = { rank: 0.8, deal: 0.7, claim: 0.75 };

export function fitModel(messages: readonly LabelledMessage[], threshold: Record<ModelRule, number>, options: Partial<FitOptions> = {}): ModelWeights {
  const fit = { ...FIT, ...options };
  const counts = new Map<string, number>();
  for (const m of messages) for (const s of m.sentences) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= fit.minCount).map(([f]) => f);
  vocab.sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const encoded = messages.flatMap((m) =>
    m.sentences.map((s) => ({ features: s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), label: s.label })),
  );
  const fitted = MODEL_RULES.map((rule) => {
    const examples: Example[] = encoded.filter((e) => e.label[rule] !== null).map((e) => ({ features: e.features, y: e.label[rule] as 0 | 1 }));
    return trainLogistic(examples, vocab.length, { epochs: fit.epochs, l2: fit.l2, rate: fit.rate, seed: 7 });
  });
  const q = (w: number) => Math.round(w * fit.scale);
  const features = new Map<string, readonly [number, number, number]>();
  vocab.forEach((f, i) => {
    const w = fitted.map((m) => m.weights[i] as number);
    if (w.every((x) => Math.abs(x) < fit.minWeight)) return;
    features.set(f, [q(w[0] as number), q(w[1] as number), q(w[2] as number)]);
  });
  const [rank, deal, claim] = fitted.map((m) => q(m.bias)) as [number, number, number];
  return { scale: fit.scale, bias: { rank, deal, claim }, threshold, features };
}
