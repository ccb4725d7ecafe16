// The learned goal reader (docs/decisions/0017): data, leave-one-writer-out cross-validation and training.
// Every development message is split with the engine's own sentence reader; a sentence is a positive when the story
// detectors read the writer's own goal in it, naming a specific field, whatever the profile targets (goalIn), and a
// negative otherwise. A story violation the detectors miss gives no labels (which sentence is the goal is unknown).
//   npx tsx scripts/rules-model/goal.ts cv      per held-out writer: recall of the reader alone on story violations,
//                                               and honest messages it would block, at several thresholds
//   npx tsx scripts/rules-model/goal.ts train   writes lib/rules/messages/goal-weights.ts (npm run rules:train runs it)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { contextFor, parseCorpus, type CorpusCase } from "../../lib/rules/message-corpus/evaluate-corpus";
import { fieldMentions, narrowedFields } from "../../lib/rules/messages/detect-story";
import { goalFeatures, goalScore, type GoalWeights } from "../../lib/rules/messages/goal-model";
import { goalPhrases, ruleInput, storyByDetectors } from "../../lib/rules/messages/rules";
import { sentencesOf } from "../../lib/rules/messages/sentences";
import { CORPUS_DIR, writerOf, type Writer } from "./data";
import { trainLogistic, type Example } from "./logistic";

export const GOAL_FIT = { minCount: 3, epochs: 20, l2: 0.03, rate: 0.3, scale: 20, minWeight: 0.3 };
/**
 * Chosen by `goal.ts cv`: the lowest threshold, from 0.5 (a goal more likely than not) up, that blocks at most 0.1% of the
 * held-out honest messages. 0.3 was tried on writers 25-32 and not kept (docs/decisions/0017): the template property test
 * found honest text it blocks.
 */
export const GOAL_THRESHOLD = 0.5;
const FALSE_BLOCK_BUDGET = 0.001;
const GRID = [0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];

type GoalSentence = { text: string; features: string[]; goal: 0 | 1; other: boolean };
type GoalMessage = { case: CorpusCase; writer: Writer; sentences: GoalSentence[]; detected: boolean; labelled: boolean };

function load(): GoalMessage[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".jsonl") && f.startsWith("dev-"))
    .sort();
  const out: GoalMessage[] = [];
  for (const file of files) {
    for (const c of parseCorpus(file, readFileSync(path.join(CORPUS_DIR, file), "utf8"))) {
      const { draft, context } = contextFor(c);
      const sentences = sentencesOf(draft.subject, draft.body);
      const detected = storyByDetectors(ruleInput(draft, context, sentences)) !== null;
      const target = context.profile.targetSpecialty;
      out.push({
        case: c,
        writer: writerOf(file),
        detected,
        // A story violation the detectors miss: which sentence states the goal is unknown.
        labelled: !(c.rules.includes("consistent-story") && !detected),
        // One example per field a sentence names (asides aside): the words around it, and whether the detectors read
        // it as the writer's goal. `other`: the runtime would read it (no field of the sentence fits the target).
        sentences: sentences.flatMap((s) => {
          const norm = narrowedFields(s.norm);
          const mentions = fieldMentions(norm);
          const candidates = mentions.filter((m) => !m.aside);
          const goals = goalPhrases(s);
          const open = target !== null && target !== "other" && !candidates.some((m) => m.mention.fits(target));
          return candidates.map((m) => ({
            text: s.text,
            features: goalFeatures(norm, s.field, m, mentions),
            goal: goals.has(m.phrase) ? (1 as const) : (0 as const),
            other: open,
          }));
        }),
      });
    }
  }
  return out;
}

/** Each language-table sentence counts this many times: a near miss written against the rules is worth more than a plain one. */
const TABLE_WEIGHT = 2;
const TABLE_FILES = /^message-rules(?:-[a-z]+)?\.test\.ts$/;
const CASE = /\[\s*("(?:[^"\\\n]|\\.)*")\s*,\s*\[([^\]]*)\]/g;

/**
 * The language tables (lib/rules/message-rules*.test.ts: hand-written sentences and near misses, each with the findings
 * it must produce) as training NEGATIVES only: a field in a sentence not expected to break consistent-story, where the
 * detectors read no goal ("My sister is going into dermatology", "Surgery all the way down the hall, then left"). Their
 * violations and goals are not used, so the tables cannot raise the recall the cross-validation measures.
 */
function loadTableNegatives(): GoalSentence[] {
  const dir = path.resolve(import.meta.dirname, "../../lib/rules");
  const out: GoalSentence[] = [];
  for (const file of readdirSync(dir).filter((f) => TABLE_FILES.test(f))) {
    for (const match of readFileSync(path.join(dir, file), "utf8").matchAll(CASE)) {
      const text = JSON.parse(match[1] as string) as string;
      if ((match[2] as string).includes("consistent-story")) continue;
      for (const s of sentencesOf("", text)) {
        const norm = narrowedFields(s.norm);
        const mentions = fieldMentions(norm);
        const goals = goalPhrases(s);
        for (const m of mentions.filter((x) => !x.aside && !goals.has(x.phrase)))
          out.push({ text: s.text, features: goalFeatures(norm, s.field, m, mentions), goal: 0, other: true });
      }
    }
  }
  return Array.from({ length: TABLE_WEIGHT }, () => out).flat();
}
const table = loadTableNegatives();

function fit(messages: readonly GoalMessage[], threshold: number): GoalWeights {
  const train = [...messages.filter((m) => m.labelled), { sentences: table }];
  const counts = new Map<string, number>();
  for (const m of train) for (const s of m.sentences) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= GOAL_FIT.minCount).map(([f]) => f);
  vocab.sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const examples: Example[] = train.flatMap((m) =>
    m.sentences.map((s) => ({ features: s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: s.goal })),
  );
  const model = trainLogistic(examples, vocab.length, { epochs: GOAL_FIT.epochs, l2: GOAL_FIT.l2, rate: GOAL_FIT.rate, seed: 7 });
  const q = (w: number) => Math.round(w * GOAL_FIT.scale);
  const features = new Map<string, number>();
  vocab.forEach((f, i) => {
    const w = model.weights[i] as number;
    if (Math.abs(w) >= GOAL_FIT.minWeight) features.set(f, q(w));
  });
  return { scale: GOAL_FIT.scale, bias: q(model.bias), threshold, features };
}

const mode = process.argv[2];
const corpus = load();
console.log(
  `${corpus.length} messages: ${corpus.reduce((n, m) => n + m.sentences.length, 0)} fields named, ${corpus.reduce((n, m) => n + m.sentences.filter((s) => s.goal).length, 0)} of them goals; ${table.length / TABLE_WEIGHT} language-table negatives (counted ${TABLE_WEIGHT}x)`,
);

if (mode === "cv") {
  const writers = [...new Set(corpus.map((m) => m.writer))];
  const scored: { m: GoalMessage; score: number; top: string }[] = [];
  for (const writer of writers) {
    const w = fit(
      corpus.filter((m) => m.writer !== writer),
      2,
    );
    for (const m of corpus.filter((x) => x.writer === writer)) {
      let top = "";
      let best = 0;
      for (const s of m.sentences.filter((x) => x.other)) {
        const p = goalScore(s.features, w);
        if (p > best) [best, top] = [p, s.text];
      }
      scored.push({ m, score: best, top });
    }
  }
  const story = scored.filter((s) => s.m.case.rules.includes("consistent-story"));
  const honest = scored.filter((s) => s.m.case.label === "honest");
  const bySpecialty = story.filter((s) => s.m.sentences.some((x) => x.other && x.goal === 1));
  console.log(
    `story violations with a goal the detectors read in a field other than the target: ${bySpecialty.length}; per threshold the reader alone reads ${GRID.map((t) => `${t}: ${bySpecialty.filter((s) => s.score >= t).length}`).join(", ")}`,
  );
  console.log(
    `story violations ${story.length}, honest ${honest.length}; budget ${Math.floor(FALSE_BLOCK_BUDGET * honest.length)} false blocks (${FALSE_BLOCK_BUDGET * 100}%)`,
  );
  for (const t of GRID) {
    const caught = story.filter((s) => s.score >= t).length;
    const alsoDetected = story.filter((s) => s.score >= t && s.m.detected).length;
    const fb = honest.filter((s) => s.score >= t).length;
    console.log(
      `t=${t}: reader alone ${caught}/${story.length} (${((100 * caught) / story.length).toFixed(1)}%; ${alsoDetected} also detected), honest blocked ${fb}/${honest.length} (${((100 * fb) / honest.length).toFixed(2)}%)`,
    );
  }
  const budget = Math.floor(FALSE_BLOCK_BUDGET * honest.length);
  // The lower thresholds are reported, not chosen (GOAL_THRESHOLD: from 0.5 up).
  const chosen = GRID.filter((t) => t >= 0.5).find((t) => honest.filter((s) => s.score >= t).length <= budget) ?? 2;
  console.log(
    `chosen for a reader retrained on every writer: ${chosen} (budget ${budget} honest messages); the shipped reader (trained on writers 1-24) keeps GOAL_THRESHOLD ${GOAL_THRESHOLD} (docs/decisions/0017)`,
  );
  const t = Number(process.argv[3] ?? chosen);
  console.log(`\n== honest messages blocked at ${t}`);
  for (const s of honest.filter((x) => x.score >= t))
    console.log(`  ${s.m.case.id} ${s.score.toFixed(3)} [${s.m.case.profile?.targetSpecialty ?? "internal-medicine"}] "${s.top.replace(/\s+/g, " ")}"`);
} else if (mode === "train") {
  const w = fit(corpus, GOAL_THRESHOLD);
  const rows = [...w.features].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([f, x]) => `${f}\t${x}`);
  for (const [f] of w.features) if (/[`$\\\t\n]/.test(f)) throw new Error(`feature ${JSON.stringify(f)} cannot be written`);
  const text = `// GENERATED by scripts/rules-model/goal.ts from lib/rules/message-corpus/dev-*.jsonl: do not edit. Regenerate with
// \`npm run rules:train\` after the corpus, the sentence reader or the story detectors change (and re-run
// \`npx tsx scripts/rules-model/goal.ts cv\` to check the threshold). The learned goal reader's weights (docs/decisions/0017):
// ${corpus.length} messages, ${w.features.size} features, ${JSON.stringify(GOAL_FIT)}. Each line of GOAL_TABLE is a feature and its
// weight, as an integer of 1/scale.

export const GOAL_SCALE = ${w.scale};
export const GOAL_BIAS = ${w.bias};
export const GOAL_THRESHOLD = ${w.threshold};
export const GOAL_TABLE = \`
${rows.join("\n")}
\`;
`;
  const out = path.resolve(import.meta.dirname, "../../lib/rules/messages/goal-weights.ts");
  writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)}: ${w.features.size} features, ${(gzipSync(text).length / 1024).toFixed(1)} kB gzip`);
} else {
  console.log("usage: goal.ts cv [threshold] | train");
}
