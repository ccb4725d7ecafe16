import { describe, expect, it } from "vitest";
import { applyRewrite } from "@/lib/rules/apply-rewrite";

const draft = { subject: "Letter of intent: you are my first choice", body: "Dear Dr. Lee,\n\nYou are my first choice. You are my first choice.\n\nBest" };

describe("applyRewrite", () => {
  it.each([
    [
      "body by default, first occurrence only",
      { rewrite: { from: "You are my first choice.", to: "I would be glad to train with you." } },
      { ...draft, body: "Dear Dr. Lee,\n\nI would be glad to train with you. You are my first choice.\n\nBest" },
    ],
    [
      "the subject when the finding says so",
      { field: "subject" as const, rewrite: { from: "you are my first choice", to: "continued interest" } },
      { ...draft, subject: "Letter of intent: continued interest" },
    ],
    [
      "an empty replacement removes the sentence",
      { field: "body" as const, rewrite: { from: " You are my first choice.", to: "" } },
      { ...draft, body: "Dear Dr. Lee,\n\nYou are my first choice.\n\nBest" },
    ],
    [
      "dollar signs in the replacement stay literal",
      { rewrite: { from: "Best", to: "$& $1 regards" } },
      { ...draft, body: "Dear Dr. Lee,\n\nYou are my first choice. You are my first choice.\n\n$& $1 regards" },
    ],
  ])("%s", (_name, finding, expected) => {
    expect(applyRewrite(draft, finding)).toEqual(expected);
  });

  it.each([
    ["no rewrite", {}],
    ["an empty `from`", { rewrite: { from: "", to: "x" } }],
    ["text edited since the check", { rewrite: { from: "I will rank you first", to: "x" } }],
    ["a subject rewrite whose text is only in the body", { field: "subject" as const, rewrite: { from: "Dear Dr. Lee", to: "x" } }],
  ])("returns null for %s", (_name, finding) => {
    expect(applyRewrite(draft, finding)).toBeNull();
  });

  it("does not change the draft it was given", () => {
    const copy = structuredClone(draft);
    applyRewrite(draft, { rewrite: { from: "Best", to: "Regards" } });
    expect(draft).toEqual(copy);
  });
});
