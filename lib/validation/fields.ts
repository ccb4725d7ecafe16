import { z } from "zod";

// Field shapes shared by the evidence, mentor and openings forms.

/** Trimmed text; empty means "not given". */
export const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());

/** A checkbox from a form ("on") or a boolean from code. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "yes" || v === "1", z.boolean());

export const recordId = (message = "That record was not found.") => z.string().uuid(message);

/** An optional link a person can open: http or https only, so nothing stored can run script when clicked. */
export const optionalHttpUrl = (max = 2000) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .max(max, `Keep the link under ${max.toLocaleString("en-US")} characters.`)
      .refine((v) => {
        // The WHATWG parser accepts "https:host" too; the database (and people) expect the slashes.
        if (!/^https?:\/\//i.test(v)) return false;
        try {
          const url = new URL(v);
          return url.protocol === "http:" || url.protocol === "https:";
        } catch {
          return false;
        }
      }, "Enter a full link starting with https://, or leave it empty.")
      .optional(),
  );

/** An optional choice from a list: "" means none. */
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { message }).optional());
