import { describe, expect, it } from "vitest";
import { patternPhase, typicalOpenings } from "@/lib/rules/openings-pattern";

describe("the typical pattern of prelim openings", () => {
  it.each([
    [7, 38, "early-year"],
    [8, 63, "early-year"],
    [9, 88, "early-year"],
    [10, 75, "early-year"],
    [11, 50, "mid-year"],
    [12, 38, "mid-year"],
    [1, 25, "mid-year"],
    [2, 25, "mid-year"],
    [3, 100, "soap"],
    [4, null, null],
    [5, null, null],
    [6, null, null],
  ] as const)("month %i: %s (%s)", (month, value, phase) => {
    expect(typicalOpenings(month)).toBe(value);
    expect(patternPhase(month)).toBe(phase);
  });

  it("peaks at SOAP in March, with an early-year trickle above the mid-year lull", () => {
    const values = [7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => typicalOpenings(m)!);
    expect(Math.max(...values)).toBe(typicalOpenings(3));
    expect(typicalOpenings(9)!).toBeGreaterThan(typicalOpenings(1)!);
  });
});
