// `npm run rules:eval`: measures the honesty rules on the labelled corpus in lib/rules/message-corpus/. Prints
// recall per text rule on violations, the false-block rate on honest messages, and every miss, per file group and
// overall. `-- --dir <folder>` measures another folder of .jsonl files (an outside corpus) the same way. `-- --slips
// <seed>` first strikes one slip (two letters swapped, one dropped, one doubled or one replaced) into a word of six
// letters or more per 25 words of every subject and body, chosen by a generator seeded with the seed and the case's id:
// how far the rules hold against typing errors nobody wrote into the corpus.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { evaluateCorpus, parseCorpus, type CorpusCase, type CorpusReport } from "../lib/rules/message-corpus/evaluate-corpus";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const dirArg = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
const dir = dirArg ? path.resolve(dirArg) : path.resolve(import.meta.dirname, "../lib/rules/message-corpus");
const quiet = args.includes("--quiet");
const slipsIndex = args.indexOf("--slips");
const slipSeed = slipsIndex >= 0 ? Number(args[slipsIndex + 1] ?? "1") : null;

/** mulberry32: a small seeded generator, so a run with the same seed strikes the same slips. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** FNV-1a of a case's id: each case's slips come from its own generator, so adding or removing cases moves no others. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function slip(word: string, pick: (n: number) => number): string {
  const i = 1 + pick(word.length - 2);
  switch (pick(4)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    default:
      return word.slice(0, i) + "abcdefghijklmnopqrstuvwxyz".charAt(pick(26)) + word.slice(i + 1);
  }
}
function withSlips(text: string, pick: (n: number) => number): string {
  const words = text.split(" ");
  const long = words.flatMap((w, i) => (/^\p{L}{6,}$/u.test(w) ? [i] : []));
  for (let n = Math.max(1, Math.floor(words.length / 25)); n > 0 && long.length > 0; n -= 1) {
    const [at] = long.splice(pick(long.length), 1);
    if (at !== undefined) words[at] = slip(words[at] ?? "", pick);
  }
  return words.join(" ");
}
function slipped(c: CorpusCase): CorpusCase {
  if (slipSeed === null) return c;
  const random = seeded(hashOf(`${slipSeed}:${c.id}`));
  const pick = (n: number) => Math.floor(random() * n);
  return { ...c, subject: withSlips(c.subject, pick), body: withSlips(c.body, pick) };
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
const groups = new Map<string, CorpusCase[]>();
for (const file of files) {
  const group = file.startsWith("heldout") ? file.replace(/\.jsonl$/, "") : "development";
  groups.set(group, [...(groups.get(group) ?? []), ...parseCorpus(file, readFileSync(path.join(dir, file), "utf8")).map(slipped)]);
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function print(name: string, report: CorpusReport, details = !quiet) {
  console.log(`\n== ${name}: ${report.violations} violations, ${report.honest} honest`);
  for (const r of report.perRule) console.log(`  ${r.rule.padEnd(22)} recall ${pct(r.recall).padStart(6)}  (${r.caught}/${r.cases})`);
  console.log(`  all violations         recall ${pct(report.recall).padStart(6)}  (${report.violations - report.misses.length}/${report.violations})`);
  console.log(`  honest messages   false blocks ${pct(report.falseBlockRate).padStart(6)}  (${report.falseBlocks}/${report.honest})`);
  if (!details) return;
  for (const miss of report.misses) {
    console.log(`  MISS ${miss.case.id} [${miss.case.register}] expected ${miss.missed.join(", ")}; got ${miss.blocked.join(", ") || "nothing"}`);
    console.log(`       subject: ${oneLine(miss.case.subject)}`);
    console.log(`       body: ${oneLine(miss.case.body).slice(0, 600)}`);
  }
  for (const fb of report.falseBlocked) {
    const f = fb.findings.filter((x) => x.severity === "block");
    console.log(`  FALSE BLOCK ${fb.case.id} [${fb.case.register}] ${f.map((x) => `${x.rule}: "${oneLine(x.quote ?? "")}"`).join("; ")}`);
  }
}

const all: CorpusCase[] = [];
for (const [name, cases] of groups) {
  print(name, evaluateCorpus(cases));
  all.push(...cases);
}
const total = evaluateCorpus(all);
if (groups.size > 1) print("all", total, false);
console.log(
  `\nrecall ${pct(total.recall)} (${total.violations - total.misses.length}/${total.violations}), false blocks ${pct(total.falseBlockRate)} (${total.falseBlocks}/${total.honest})`,
);
