// The one place input dates are parsed (STYLE.md "One way to do each thing"): calendar days with dateOnlySchema,
// moments in time with instantSchema. Anything else that reads a date from a form, a CSV file, a URL or a cookie
// goes through one of these.
import { z } from "zod";
import { parseDateOnly, toDateOnly } from "@/lib/dates";

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

/**
 * A moment in time as ISO 8601 with a zone ("2026-01-20T15:00:00Z", "...+01:00"), as a Date. The calendar part must
 * exist: JavaScript would read 2026-02-31T00:00Z as 3 March.
 */
export const instantSchema = z.iso
  .datetime({ offset: true, message: "Enter a date and time with its time zone, e.g. 2026-01-20T15:00:00Z." })
  .refine((v) => dateOnlySchema.safeParse(v.slice(0, 10)).success, "That date does not exist.")
  .transform((v) => new Date(v));
