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
