// `npm run rules:eval`: measures the honesty rules on the labelled corpus in lib/rules/message-corpus/. Prints
// recall per text rule on violations, the false-block rate on honest messages, and every miss, per file group and
// overall. `-- --dir <folder>` measures another folder of .jsonl files (an outside corpus) the same way.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { evaluateCorpus, parseCorpus, type CorpusCase, type CorpusReport } from "../lib/rules/message-corpus/evaluate-corpus";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const dirArg = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
const dir = dirArg ? path.resolve(dirArg) : path.resolve(import.meta.dirname, "../lib/rules/message-corpus");
const quiet = args.includes("--quiet");

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
const groups = new Map<string, CorpusCase[]>();
for (const file of files) {
  const group = file.startsWith("heldout") ? file.replace(/\.jsonl$/, "") : "development";
  groups.set(group, [...(groups.get(group) ?? []), ...parseCorpus(file, readFileSync(path.join(dir, file), "utf8"))]);
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
