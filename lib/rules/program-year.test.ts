import { describe, expect, it } from "vitest";
import { defaultProgramStart } from "@/lib/rules/program-year";

describe("defaultProgramStart", () => {
  it.each([
    ["2026-11-21T10:00:00Z", "2026-07-01"],
    ["2026-07-01T00:00:00Z", "2026-07-01"],
    ["2026-06-30T23:59:59Z", "2025-07-01"],
    ["2027-01-15T12:00:00Z", "2026-07-01"],
  ])("at %s the year in progress started %s", (now, expected) => {
    expect(defaultProgramStart(new Date(now))).toBe(expected);
  });
});
