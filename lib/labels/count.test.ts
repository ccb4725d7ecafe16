import { describe, expect, it } from "vitest";
import { count } from "@/lib/labels/count";

describe("count", () => {
  it.each([
    [0, "confirmation", undefined, "0 confirmations"],
    [1, "confirmation", undefined, "1 confirmation"],
    [2, "confirmation", undefined, "2 confirmations"],
    [1, "member heard it too", "members heard it too", "1 member heard it too"],
    [3, "member heard it too", "members heard it too", "3 members heard it too"],
  ])("%d %s", (n, one, many, expected) => {
    expect(count(n, one, many)).toBe(expected);
  });
});
