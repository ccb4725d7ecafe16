import { describe, expect, it } from "vitest";
import { typicalOpenings } from "@/lib/rules/openings-pattern";

describe("the typical pattern of prelim openings", () => {
  it.each([
    [7, 38],
    [8, 63],
    [9, 88],
    [10, 75],
    [11, 50],
    [12, 38],
    [1, 25],
    [2, 25],
    [3, 100],
    [4, null],
    [5, null],
    [6, null],
  ] as const)("month %i: %s", (month, value) => {
    expect(typicalOpenings(month)).toBe(value);
  });

  it("peaks at SOAP in March, with an early-year trickle above the mid-year lull", () => {
    const values = [7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => typicalOpenings(m)!);
    expect(Math.max(...values)).toBe(typicalOpenings(3));
    expect(typicalOpenings(9)!).toBeGreaterThan(typicalOpenings(1)!);
  });
});
