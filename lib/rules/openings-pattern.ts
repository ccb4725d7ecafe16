// When prelim openings typically appear, as a reference line for the cohort's own openings-by-month chart.
// Source: the prelim networking article's approximate timeline of categorical opportunities (July to March):
// a steady trickle from early-year resignations, no-shows and specialty switches (peaking in September), occasional
// mid-year dismissals and sudden leaves, and a spike around SOAP in March. The article says nothing about April to
// June, so those months have no reference value rather than an invented one.
// Values are relative (the busiest month, March, is 100); they describe a typical year, not any cohort's data.

const ARTICLE_COUNTS: Record<number, number> = { 7: 3, 8: 5, 9: 7, 10: 6, 11: 4, 12: 3, 1: 2, 2: 2, 3: 8 };
const PEAK = Math.max(...Object.values(ARTICLE_COUNTS));

/** Relative frequency (0-100) of openings in a calendar month (1-12), or null where the articles say nothing. */
export function typicalOpenings(month: number): number | null {
  const count = ARTICLE_COUNTS[month];
  return count === undefined ? null : Math.round((count / PEAK) * 100);
}

/** The phases of the pattern, in the order of a training year. */
export const PATTERN_PHASES = [
  "July to October, early in the training year: resignations, no-shows and specialty switches",
  "November to February: fewer, from occasional dismissals and sudden leaves",
  "March: the spike around SOAP in Match Week",
] as const;
