// The labelled corpus (lib/rules/message-corpus/*.jsonl) is the honesty rules' measure: every violation in the
// development files must be blocked by the rule it breaks, and at most 2% of their honest messages may be blocked at
// all. heldout.jsonl is never tuned on: written last by a writer who saw neither the rules nor the other files, it
// estimates how the rules do on messages nobody has read, and its test only keeps that estimate from falling.
// `npm run rules:eval` prints the same figures with every miss.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCase, evaluateCorpus, parseCorpus, type CorpusCase } from "@/lib/rules/message-corpus/evaluate-corpus";
import { TEXT_RULES } from "@/lib/rules/messages/rules";

const dir = path.resolve(import.meta.dirname);
const read = (files: string[]) => files.flatMap((f) => parseCorpus(f, readFileSync(path.join(dir, f), "utf8")));
const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
const cases: CorpusCase[] = read(files.filter((f) => !f.startsWith("heldout")));
const report = evaluateCorpus(cases);
const heldOut = evaluateCorpus(read(files.filter((f) => f.startsWith("heldout"))));

/**
 * The held-out set's figures, blind: 114/125 when first measured (docs/decisions/0009), 116/125 with the goal reader
 * (0017), 119/125 after the thirty-fifth to forty-first writers' rounds.
 */
const HELD_OUT_BLIND = { recall: 119 / 125, falseBlockRate: 0 / 100 };

describe("held-out corpus", () => {
  it("is a real sample: 30+ violations of each of the four text rules and 100+ honest messages", () => {
    expect(heldOut.violations).toBeGreaterThanOrEqual(120);
    expect(heldOut.honest).toBeGreaterThanOrEqual(100);
    for (const rule of heldOut.perRule) expect(rule.cases, rule.rule).toBeGreaterThanOrEqual(30);
  });

  it("catches at least as much as when it was measured blind, and blocks no more honest messages", () => {
    expect(heldOut.recall).toBeGreaterThanOrEqual(HELD_OUT_BLIND.recall);
    expect(heldOut.falseBlockRate).toBeLessThanOrEqual(Math.max(HELD_OUT_BLIND.falseBlockRate, 0.02));
  });
});

describe("message corpus", () => {
  it("is large enough: 500+ cases, 40+ violations per text rule, as many honest hard negatives", () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    for (const rule of report.perRule) expect(rule.cases, rule.rule).toBeGreaterThanOrEqual(40);
    expect(report.honest).toBeGreaterThanOrEqual(160);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(TEXT_RULES)("blocks every violation of %s", (rule) => {
    const missed = report.misses.filter((m) => m.missed.includes(rule)).map((m) => `${m.case.id}: ${m.case.why}`);
    expect(missed).toEqual([]);
  });

  it("blocks at most 2% of honest messages", () => {
    const blocked = report.falseBlocked.map((r) => `${r.case.id}: ${r.blocked.join(", ")}`);
    expect(report.falseBlockRate, blocked.join("\n")).toBeLessThanOrEqual(0.02);
  });

  it("offers a rewrite that, once accepted, clears the text rule it was offered for", () => {
    const stubborn: string[] = [];
    for (const c of cases.filter((x) => x.label === "violation")) {
      for (const rule of c.rules) {
        let current = c;
        // Accept rewrites one at a time, as a resident would, until the rule is quiet (a message may break it twice).
        for (let round = 0; round < 5; round += 1) {
          const finding = blockFor(current, rule);
          if (!finding?.rewrite || !finding.field) break;
          const { from, to } = finding.rewrite;
          current =
            finding.field === "subject" ? { ...current, subject: current.subject.replace(from, to) } : { ...current, body: current.body.replace(from, to) };
        }
        // Rules about something other than a sentence (a letter of intent after another) have no rewrite to offer.
        if (blockFor(current, rule)?.quote !== undefined) stubborn.push(`${c.id} (${rule})`);
      }
    }
    expect(stubborn).toEqual([]);
    // Every violation of the corpus evaluated once per accepted rewrite (about 7,000 evaluations): on a loaded machine
    // this takes longer than the default 30 s per test (91 s alone on two cores, 196 s beside a Playwright run). A
    // limit, not a timing assertion.
  }, 600_000);
});

function blockFor(c: CorpusCase, rule: string) {
  return evaluateCase(c).findings.find((f) => f.rule === rule && f.severity === "block");
}
