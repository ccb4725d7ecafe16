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
  /** Milliseconds for the first evaluation in a fresh process, of a short draft: the patterns compile (decision 0016). */
  startupMs: number;
  /**
   * Milliseconds for a 100 kB message: the first one after start-up, then new 100 kB texts (each made of the corpus in
   * another order, so no call finds the previous one's sentences in the recent-drafts cache), and the same text again.
   */
  hundredKb: { firstMs: number; medianMs: number; runs: number; repeatMs: number };
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

  // The app compiles the patterns before the first draft (lib/boot.ts on the server, the composer's warm-up in the
  // browser); a short draft in this fresh process pays that once.
  let started = performance.now();
  evaluateMessage({ ...draft, body: "Thank you for the interview." }, context);
  const startupMs = performance.now() - started;

  const hundredKbText = (rotation: number) => {
    const paragraphs = cases.map((c) => c.body);
    const from = (rotation * 7919) % paragraphs.length;
    const ordered = [...paragraphs.slice(from), ...paragraphs.slice(0, from)];
    if (rotation % 2 === 1) ordered.reverse();
    let text = "";
    for (let i = 0; text.length < 100_000; i += 1) text += `${ordered[i % ordered.length]}\n\n`;
    return text.slice(0, 100_000);
  };
  const bigDraft = { ...draft, body: hundredKbText(0) };
  started = performance.now();
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
  for (let run = 1; run <= 5; run += 1) {
    const body = hundredKbText(run);
    started = performance.now();
    evaluateMessage({ ...draft, body }, context);
    hundredKb.push(performance.now() - started);
  }
  started = performance.now();
  evaluateMessage(bigDraft, context);
  const repeatMs = performance.now() - started;

  return {
    cases: cases.length,
    twoHundredWords: { medianMs: quantile(twoHundred, 0.5), p95Ms: quantile(twoHundred, 0.95), runs: twoHundred.length },
    startupMs,
    hundredKb: { firstMs, medianMs: quantile(hundredKb, 0.5), runs: hundredKb.length, repeatMs },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = measureRules();
  console.log(
    `honesty rules: 200-word message median ${t.twoHundredWords.medianMs.toFixed(2)} ms, p95 ${t.twoHundredWords.p95Ms.toFixed(2)} ms (${t.twoHundredWords.runs} runs)`,
  );
  console.log(
    `honesty rules: start-up (first short draft, patterns compile) ${t.startupMs.toFixed(0)} ms; 100 kB text: first ${t.hundredKb.firstMs.toFixed(0)} ms, new texts median ${t.hundredKb.medianMs.toFixed(0)} ms (${t.hundredKb.runs} runs), the same text again ${t.hundredKb.repeatMs.toFixed(0)} ms`,
  );
}
