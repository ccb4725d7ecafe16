import { describe, expect, it } from "vitest";
import { dateOnlySchema, formatDay, parseDateOnly, startOfDayUtc, toDateOnly } from "@/lib/dates";

describe("date-only values", () => {
  it.each([
    ["2026-07-01", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-13-01", false],
    ["26-07-01", false],
    ["1999-12-31", false],
  ])("%s valid: %s", (value, valid) => {
    expect(dateOnlySchema.safeParse(value).success).toBe(valid);
  });

  it("round-trips and formats without a time-zone shift", () => {
    expect(toDateOnly(parseDateOnly("2026-08-03"))).toBe("2026-08-03");
    expect(formatDay("2026-08-03")).toBe("Mon 3 Aug 2026");
    expect(toDateOnly(startOfDayUtc(new Date("2026-11-21T23:59:00Z")))).toBe("2026-11-21");
  });
});
