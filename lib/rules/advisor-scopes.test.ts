import { describe, expect, it } from "vitest";
import { normalizeScopes } from "@/lib/rules/advisor-scopes";

describe("normalizeScopes", () => {
  it.each([
    [
      ["targets", "plan_b"],
      ["targets", "plan_b"],
    ],
    [["plan_b"], []],
    [
      ["private_notes", "people"],
      ["people", "private_notes"],
    ],
    [["private_notes"], []],
    [["message_contents"], []],
    [
      ["programs", "message_contents", "loi_status"],
      ["programs", "message_contents", "loi_status"],
    ],
    [["board", "targets", "targets"], ["targets"]],
    [[], []],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeScopes(input)).toEqual(expected);
  });
});
