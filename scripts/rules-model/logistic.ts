// A sparse binary logistic regression, trained by AdaGrad with L2 regularisation and balanced class weights. Written
// here rather than taken from npm: the maintained libraries (ml-logistic-regression) work on dense matrices, and a
// corpus of ~25 000 sentences by ~60 000 word features is sparse. Deterministic: a seeded shuffle.

export type Example = { features: number[]; y: 0 | 1 };
export type TrainOptions = { epochs?: number; l2?: number; rate?: number; seed?: number };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns [bias, ...weights] for `dimension` features. */
export function trainLogistic(examples: readonly Example[], dimension: number, options: TrainOptions = {}): { bias: number; weights: Float64Array } {
  const { epochs = 30, l2 = 1e-4, rate = 0.5, seed = 1 } = options;
  const weights = new Float64Array(dimension);
  const g2 = new Float64Array(dimension).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const positives = examples.filter((e) => e.y === 1).length;
  const negatives = examples.length - positives;
  // Balanced weights: each class counts as half of the data.
  const classWeight = [examples.length / (2 * Math.max(1, negatives)), examples.length / (2 * Math.max(1, positives))];
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const e = examples[index] as Example;
      let z = bias;
      for (const f of e.features) z += weights[f] as number;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * (classWeight[e.y] as number);
      biasG2 += g * g;
      bias -= (rate * g) / Math.sqrt(biasG2);
      for (const f of e.features) {
        const grad = g + l2 * (weights[f] as number);
        g2[f] = (g2[f] as number) + grad * grad;
        weights[f] = (weights[f] as number) - (rate * grad) / Math.sqrt(g2[f] as number);
      }
    }
  }
  return { bias, weights };
}
