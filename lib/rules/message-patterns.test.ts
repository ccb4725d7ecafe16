import { describe, expect, it, vi } from "vitest";
import { compilePatterns, matchesOf, precompiled, rxg } from "@/lib/rules/messages/lexicon";

describe("matchesOf", () => {
  const cases: [RegExp, string][] = [
    [rxg(String.raw`\b(?:rank|list)\w*`), "rank list, ranking and listed; ranks"],
    [/(?<word>[a-z]+)(?=,)/gu, "one, two, three, four"],
    [/x*/gu, "axbxxc"], // empty matches advance by one character
    [/(?:)/gu, "a😀b"], // and by a whole code point under the u flag
    [/z/gu, "no match here"],
  ];

  it.each(cases)("finds what matchAll finds for %s", (pattern, text) => {
    const expected = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, m[0], m.groups?.word]);
    const found = matchesOf(pattern, text).map((m) => [m.index, m[0], m.groups?.word]);
    expect(found).toEqual(expected);
  });

  it("uses the pattern itself and leaves it ready for the next search", () => {
    const pattern = /a/g;
    const exec = vi.spyOn(pattern, "exec");
    pattern.lastIndex = 3;
    expect(matchesOf(pattern, "banana").map((m) => m.index)).toEqual([1, 3, 5]);
    expect(exec).toHaveBeenCalledTimes(4);
    expect(pattern.lastIndex).toBe(0);
  });

  it("refuses a pattern that is not global", () => {
    expect(() => matchesOf(/a/u, "a")).toThrow(/global/);
  });
});

describe("compilePatterns", () => {
  it("runs each registered pattern once on a subject of at least 1,000 characters, then never again", () => {
    compilePatterns(); // the detectors' own patterns, registered when their modules loaded
    const pattern = precompiled(/never-in-a-draft/gu);
    const exec = vi.spyOn(pattern, "exec");
    compilePatterns();
    expect(exec).toHaveBeenCalledTimes(1);
    expect((exec.mock.calls[0]![0] as string).length).toBeGreaterThanOrEqual(1000);
    expect(pattern.lastIndex).toBe(0);
    compilePatterns();
    expect(exec).toHaveBeenCalledTimes(1);
    expect(matchesOf(pattern, "x never-in-a-draft y").map((m) => m.index)).toEqual([2]);
  });
});
