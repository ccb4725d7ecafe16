import { describe, expect, it } from "vitest";
import { nextCheckOn, watchlistDueItems, type WatchEntry } from "@/lib/rules/watchlist";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (over: Partial<WatchEntry>): WatchEntry => ({
  id: "w1",
  name: "Riverside Neurology",
  institution: "Riverside",
  cadenceDays: 14,
  lastCheckedOn: null,
  createdAt: new Date("2026-11-20T18:45:00Z"),
  ...over,
});

describe("nextCheckOn", () => {
  it.each([
    ["never checked: the day it was added", entry({}), "2026-11-20"],
    ["checked: a cadence later", entry({ lastCheckedOn: d("2026-11-01") }), "2026-11-15"],
    ["weekly", entry({ cadenceDays: 7, lastCheckedOn: d("2026-11-25") }), "2026-12-02"],
    ["monthly", entry({ cadenceDays: 30, lastCheckedOn: d("2026-11-25") }), "2026-12-25"],
  ])("%s", (_name, e, expected) => {
    expect(nextCheckOn(e).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe("watchlistDueItems", () => {
  const now = new Date("2026-11-27T09:00:00Z");
  it.each([
    ["added today, never checked", entry({ createdAt: new Date("2026-11-27T08:00:00Z") }), "2026-11-27", false],
    ["checked a week ago, fortnightly", entry({ lastCheckedOn: d("2026-11-20") }), "2026-12-04", false],
    ["checked a month ago, fortnightly", entry({ lastCheckedOn: d("2026-10-27") }), "2026-11-10", true],
    ["due today", entry({ lastCheckedOn: d("2026-11-13") }), "2026-11-27", false],
  ])("%s", (_name, e, dueOn, overdue) => {
    const [item] = watchlistDueItems([e], now);
    expect(item!.dueOn.toISOString().slice(0, 10)).toBe(dueOn);
    expect(item!.overdue).toBe(overdue);
  });

  it("comes out in the dashboard's due-item shape, soonest first, linking to the watchlist", () => {
    const items = watchlistDueItems(
      [entry({ id: "late", name: "B", lastCheckedOn: d("2026-11-26") }), entry({ id: "soon", name: "A", institution: null, lastCheckedOn: d("2026-10-01") })],
      now,
    );
    expect(items.map((i) => i.watchId)).toEqual(["soon", "late"]);
    expect(items[0]).toEqual({
      type: "watchlist",
      key: "watchlist:soon:2026-10-15",
      section: "programs",
      personId: null,
      title: "Check A for open positions",
      detail: "Look at FREIDA, the program's website and your cohort's board for an off-cycle or PGY-2 vacancy, then mark it checked.",
      dueOn: d("2026-10-15"),
      overdue: true,
      href: "/openings",
      watchId: "soon",
    });
    expect(items[1]!.title).toBe("Check B (Riverside) for open positions");
  });
});
