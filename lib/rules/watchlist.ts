// The off-cycle watchlist: programs known for PGY-2 (and other off-cycle) vacancies, checked on a cadence.
// Source: the article on missing a categorical spot ("off-cycle PGY-2 spots are often not well advertised: check
// FREIDA and program websites regularly for open or vacant positions, join specialty listservs and resident groups,
// email coordinators when you see a hint"), and the prelim networking article (the cohort as scouts).
//
// Reminders come out in the dashboard's due-item shape so the one due-items function can list them with the rest.

import { addDaysUtc, startOfDayUtc } from "@/lib/dates";
import type { DueItem } from "@/lib/rules/workspace";

export type WatchEntry = { id: string; name: string; institution: string | null; cadenceDays: number; lastCheckedOn: Date | null; createdAt: Date };

export type WatchDueItem = DueItem & { type: "watchlist"; personId: null; watchId: string };

/** When the next look is due: a cadence after the last check, or the day the program was added if never checked. */
export function nextCheckOn(entry: Pick<WatchEntry, "cadenceDays" | "lastCheckedOn" | "createdAt">): Date {
  return entry.lastCheckedOn ? addDaysUtc(entry.lastCheckedOn, entry.cadenceDays) : startOfDayUtc(entry.createdAt);
}

/** One reminder per watched program, each due on its next check; `overdue` once that day has passed. */
export function watchlistDueItems(entries: WatchEntry[], now: Date): WatchDueItem[] {
  const today = startOfDayUtc(now);
  return entries
    .map((e) => {
      const dueOn = nextCheckOn(e);
      return {
        key: `watchlist:${e.id}:${dueOn.toISOString().slice(0, 10)}`,
        type: "watchlist" as const,
        personId: null,
        title: `Check ${e.name}${e.institution ? ` (${e.institution})` : ""} for open positions`,
        detail: "Look at FREIDA, the program's website and your cohort's board for an off-cycle or PGY-2 vacancy, then mark it checked.",
        dueOn,
        overdue: dueOn.getTime() < today.getTime(),
        href: "/openings",
        section: "programs" as const,
        watchId: e.id,
      };
    })
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.title.localeCompare(b.title));
}
