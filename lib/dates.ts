// No zod or date-fns: client code (the message rules) imports this. The zod schemas are in lib/validation/dates.ts.

/** Date-only values travel as "YYYY-MM-DD" and are stored as DATE; in memory they are midnight UTC. */
export function parseDateOnly(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function toDateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date (UTC) as midnight UTC, so it compares with date-only values. */
export function startOfDayUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The UTC calendar day of a date-only value; throws like date-fns `format` on an invalid date. */
function utcDay(date: Date | string): Date {
  const d = typeof date === "string" ? parseDateOnly(date) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid time value");
  return d;
}

/** "Mon 3 Aug 2026" for a date-only value, independent of the server's time zone. Same output as date-fns "EEE d MMM yyyy". */
export function formatDay(date: Date | string): string {
  const d = utcDay(date);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).padStart(4, "0")}`;
}

/** "3 Aug" for a date-only value. Same output as date-fns "d MMM". */
export function formatShortDay(date: Date | string): string {
  const d = utcDay(date);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Adds whole days to a UTC calendar date without any local time zone or daylight-saving shift. */
export function addDaysUtc(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}
