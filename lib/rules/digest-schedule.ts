// When a resident's weekly digest is due: on the weekday and hour they chose, in their own time zone (daylight saving
// included), and never before the first such moment after they chose it. Pure: no I/O, no date library (decision 0006).

export const DIGEST_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export type DigestSchedule = { weekday: number; hour: number; timeZone: string };

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `instant` in `timeZone`. */
function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    weekday: "short",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return { year: Number(get("year")), month: Number(get("month")), day: Number(get("day")), hour: Number(get("hour")), minute: Number(get("minute")), weekday };
}

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time: the earlier one when it shows twice
 * (autumn), and the moment just after the jump when daylight saving skips it (spring).
 */
function instantOf(local: { year: number; month: number; day: number; hour: number }, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour);
  const candidates = [asUtc - offsetAt(asUtc - 86_400_000, timeZone), asUtc - offsetAt(asUtc + 86_400_000, timeZone)];
  const exact = candidates.filter((c) => wallClock(new Date(c), timeZone).hour === local.hour);
  return new Date(exact.length ? Math.min(...exact) : Math.max(...candidates));
}

/** The latest chosen moment (weekday at hour:00 in the resident's zone) at or before `now`. */
export function latestDigestSlot(now: Date, schedule: DigestSchedule): Date {
  const w = wallClock(now, schedule.timeZone);
  let back = (w.weekday - schedule.weekday + 7) % 7;
  if (back === 0 && w.hour < schedule.hour) back = 7;
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day - back));
  const slot = instantOf({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: schedule.hour }, schedule.timeZone);
  // A slot computed for today but still ahead (an hour skipped by daylight saving) belongs to last week.
  return slot.getTime() > now.getTime() ? latestDigestSlot(new Date(now.getTime() - 7 * 86_400_000), schedule) : slot;
}

/**
 * Due when a chosen moment has passed since the last digest and since the schedule was chosen: the first digest
 * waits for the first chosen moment, and a server that was down sends the missed one once, late.
 */
export function digestDue(now: Date, schedule: DigestSchedule, since: { lastSentAt: Date | null; chosenAt: Date }): boolean {
  const slot = latestDigestSlot(now, schedule).getTime();
  return slot > since.chosenAt.getTime() && (since.lastSentAt === null || slot > since.lastSentAt.getTime());
}

/** "Mondays at 7:00 (America/Chicago)". */
export function describeSchedule(schedule: DigestSchedule): string {
  return `${DIGEST_WEEKDAYS[schedule.weekday]}s at ${schedule.hour}:00 (${schedule.timeZone.replace(/_/g, " ")})`;
}
