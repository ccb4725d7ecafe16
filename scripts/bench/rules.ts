// Timing of the honesty rules, as the composer runs them: one evaluation of a realistic 200-word message (the live
// check must feel instant, target under 20 ms) and one of a 100 kB pasted text (target under 1 s), both on drafts
// built from the labelled corpus. Run alone with `npx tsx scripts/bench/rules.ts`; `npm run bench` includes it.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { contextFor, parseCorpus } from "../../lib/rules/message-corpus/evaluate-corpus";
import { evaluateMessage } from "../../lib/rules/message-rules";

export type RulesTiming = {
  cases: number;
  /** Milliseconds per evaluation of a 200-word message. */
  twoHundredWords: { medianMs: number; p95Ms: number; runs: number };
  /** Milliseconds for a 100 kB message: the first call in a fresh process (regular expressions compile) and later ones. */
  hundredKb: { firstMs: number; medianMs: number; runs: number };
};

const corpusDir = path.resolve(import.meta.dirname, "../../lib/rules/message-corpus");

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export function measureRules(): RulesTiming {
  const cases = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => parseCorpus(f, readFileSync(path.join(corpusDir, f), "utf8")));
  const bodies = cases.map((c) => c.body).join("\n\n");
  const words = bodies.split(/\s+/);
  const { context, draft } = contextFor(cases[0]!);

  let big = "";
  while (big.length < 100_000) big += `${bodies}\n\n`;
  big = big.slice(0, 100_000);
  const bigDraft = { ...draft, body: big };
  let started = performance.now();
  evaluateMessage(bigDraft, context);
  const firstMs = performance.now() - started;

  // 200 consecutive corpus words at a different place each run, so no run repeats another's text.
  const twoHundred: number[] = [];
  for (let run = 0; run < 200; run += 1) {
    const start = (run * 997) % Math.max(1, words.length - 200);
    const body = words.slice(start, start + 200).join(" ");
    started = performance.now();
    evaluateMessage({ ...draft, body }, context);
    twoHundred.push(performance.now() - started);
  }

  const hundredKb: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    started = performance.now();
    evaluateMessage(bigDraft, context);
    hundredKb.push(performance.now() - started);
  }

  return {
    cases: cases.length,
    twoHundredWords: { medianMs: quantile(twoHundred, 0.5), p95Ms: quantile(twoHundred, 0.95), runs: twoHundred.length },
    hundredKb: { firstMs, medianMs: quantile(hundredKb, 0.5), runs: hundredKb.length },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = measureRules();
  console.log(
    `honesty rules: 200-word message median ${t.twoHundredWords.medianMs.toFixed(2)} ms, p95 ${t.twoHundredWords.p95Ms.toFixed(2)} ms (${t.twoHundredWords.runs} runs)`,
  );
  console.log(
    `honesty rules: 100 kB text first call ${t.hundredKb.firstMs.toFixed(0)} ms, then median ${t.hundredKb.medianMs.toFixed(0)} ms (${t.hundredKb.runs} runs)`,
  );
}
