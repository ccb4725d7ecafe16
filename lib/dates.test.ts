import { describe, expect, it } from "vitest";
import { formatDay, formatShortDay, parseDateOnly, startOfDayUtc, toDateOnly } from "@/lib/dates";
import { dateOnlySchema } from "@/lib/validation/dates";

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

describe("day formatting", () => {
  // Same output as the date-fns patterns it replaced ("EEE d MMM yyyy", "d MMM").
  it.each([
    ["2026-08-03", "Mon 3 Aug 2026", "3 Aug"],
    ["2026-01-01", "Thu 1 Jan 2026", "1 Jan"],
    ["2028-02-29", "Tue 29 Feb 2028", "29 Feb"],
    ["2026-12-31", "Thu 31 Dec 2026", "31 Dec"],
    ["2027-03-28", "Sun 28 Mar 2027", "28 Mar"],
  ])("%s -> %s / %s", (value, day, shortDay) => {
    expect(formatDay(value)).toBe(day);
    expect(formatDay(parseDateOnly(value))).toBe(day);
    expect(formatShortDay(value)).toBe(shortDay);
  });

  it("uses the UTC calendar day of a Date", () => {
    expect(formatDay(new Date("2026-11-21T23:59:00Z"))).toBe("Sat 21 Nov 2026");
    expect(formatShortDay(new Date("2026-11-21T00:00:00Z"))).toBe("21 Nov");
  });

  it("throws on an invalid date, like date-fns format", () => {
    expect(() => formatDay("2026-13-01")).toThrow(RangeError);
    expect(() => formatShortDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
