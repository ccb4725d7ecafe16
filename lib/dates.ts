import { format } from "date-fns";
import { z } from "zod";

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

/** "Mon 3 Aug 2026" for a date-only value, independent of the server's time zone. */
export function formatDay(date: Date | string): string {
  const d = typeof date === "string" ? parseDateOnly(date) : date;
  return format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), "EEE d MMM yyyy");
}

export function formatShortDay(date: Date | string): string {
  const d = typeof date === "string" ? parseDateOnly(date) : date;
  return format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), "d MMM");
}

export const dateOnlySchema = z
  .string({ message: "Enter a date." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((v) => {
    const d = parseDateOnly(v);
    return !Number.isNaN(d.getTime()) && toDateOnly(d) === v;
  }, "That date does not exist.")
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, "Enter a year between 2000 and 2100.");

/** An optional date field from a form: "" means not set. */
export const optionalDateOnlySchema = z.preprocess((v) => (v === "" || v === null ? undefined : v), dateOnlySchema.optional());

/** Adds whole days to a UTC calendar date without any local time zone or daylight-saving shift. */
export function addDaysUtc(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}
