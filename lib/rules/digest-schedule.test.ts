import { describe, expect, it } from "vitest";
import { digestDue, latestDigestSlot } from "@/lib/rules/digest-schedule";

const monday7 = (timeZone: string) => ({ weekday: 1, hour: 7, timeZone });

describe("latestDigestSlot", () => {
  it.each([
    // now (UTC)                   zone                   expected slot (UTC)
    ["2026-11-23T13:00:00.000Z", "America/Chicago", "2026-11-23T13:00:00.000Z"], // Monday 07:00 CST exactly
    ["2026-11-23T12:59:00.000Z", "America/Chicago", "2026-11-16T13:00:00.000Z"], // a minute early: last week's
    ["2026-11-27T10:00:00.000Z", "America/Chicago", "2026-11-23T13:00:00.000Z"], // Friday
    ["2026-07-06T12:30:00.000Z", "America/Chicago", "2026-07-06T12:00:00.000Z"], // summer: CDT is UTC-5
    ["2026-11-22T23:30:00.000Z", "Asia/Tokyo", "2026-11-22T22:00:00.000Z"], // already Monday in Tokyo
    ["2026-11-23T06:00:00.000Z", "Europe/Berlin", "2026-11-23T06:00:00.000Z"],
    ["2026-03-09T12:00:00.000Z", "America/New_York", "2026-03-09T11:00:00.000Z"], // the Monday after spring-forward
  ])("at %s in %s the latest Monday 07:00 is %s", (now, zone, slot) => {
    expect(latestDigestSlot(new Date(now), monday7(zone)).toISOString()).toBe(slot);
  });

  it("handles an hour that daylight saving skips", () => {
    // 2:00 on Sunday 8 March 2026 does not exist in New York; the digest goes at 3:00 EDT (07:00Z).
    const slot = latestDigestSlot(new Date("2026-03-08T12:00:00Z"), { weekday: 0, hour: 2, timeZone: "America/New_York" });
    expect(slot.getTime()).toBeLessThanOrEqual(new Date("2026-03-08T12:00:00Z").getTime());
    expect(slot.toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });
});

describe("digestDue", () => {
  const schedule = monday7("America/Chicago");
  const chosenAt = new Date("2026-11-20T15:00:00Z"); // a Friday

  it("waits for the first chosen moment after the resident chose it", () => {
    expect(digestDue(new Date("2026-11-20T15:01:00Z"), schedule, { lastSentAt: null, chosenAt })).toBe(false);
    expect(digestDue(new Date("2026-11-23T12:59:00Z"), schedule, { lastSentAt: null, chosenAt })).toBe(false);
    expect(digestDue(new Date("2026-11-23T13:00:00Z"), schedule, { lastSentAt: null, chosenAt })).toBe(true);
  });

  it("sends once per chosen moment, and a missed one once, late", () => {
    const sent = new Date("2026-11-23T13:05:00Z");
    expect(digestDue(new Date("2026-11-23T14:00:00Z"), schedule, { lastSentAt: sent, chosenAt })).toBe(false);
    expect(digestDue(new Date("2026-11-29T23:00:00Z"), schedule, { lastSentAt: sent, chosenAt })).toBe(false);
    expect(digestDue(new Date("2026-12-02T09:00:00Z"), schedule, { lastSentAt: sent, chosenAt })).toBe(true);
  });
});
