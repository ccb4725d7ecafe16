import { z } from "zod";
import { FLAG_REASONS, OPENING_LEVELS, POST_KINDS, SOURCE_TYPES } from "@/lib/labels/board";
import { isWebLink, WEB_LINK_MESSAGE } from "@/lib/rules/board-rules";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { optionalDateOnlySchema } from "@/lib/validation/dates";

// Client components import these from lib/labels/board, which has no zod.
export { FLAG_REASONS, OPENING_LEVELS, OPENING_LEVEL_LABELS, POST_KINDS, SOURCE_TYPES } from "@/lib/labels/board";

export const EVIDENCE_FILTERS = ["fresh", "stale", "confirmed", "disputed"] as const;

const uuid = z.string().uuid("That record was not found.");
const text = (max: number, message: string) => z.preprocess((v) => (typeof v === "string" ? v.trim() : (v ?? "")), z.string().max(max, message));
const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.string().max(max, message).optional());
/** A source link, in the post form and in a confirmation alike: empty, or a web page (http or https). */
const sourceLinkSchema = optionalText(500, "Keep the link under 500 characters.").refine((v) => v === undefined || isWebLink(v), WEB_LINK_MESSAGE);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "yes" || v === "1", z.boolean());

export const cohortSchema = z.object({
  name: z.string().trim().min(3, "Name the cohort, e.g. Prelim IM 2026-27, Mercy General.").max(120, "Keep the name under 120 characters."),
  programName: z.string().trim().min(1, "Enter the program.").max(200),
  institution: z.string().trim().min(1, "Enter the institution.").max(200),
  year: z.coerce
    .number({ message: "Enter the year the program year starts." })
    .int()
    .min(2000, "Enter a year from 2000.")
    .max(2100, "Enter a year up to 2100."),
  track: z.enum(["PRELIM_MEDICINE", "PRELIM_SURGERY", "TRANSITIONAL_YEAR", "APPLICANT"], { message: "Choose the track." }),
});

export const inviteSchema = z.object({
  cohortId: uuid,
  expiresInDays: z.coerce.number().int().min(1, "At least one day.").max(90, "At most 90 days.").default(14),
  maxUses: z.coerce.number().int().min(1, "At least one use.").max(500, "At most 500 uses.").default(25),
});

/** The post form. Rules that need judgement (evidence, "about a person", official lists) are in lib/rules/board-rules.ts. */
export const postSchema = z.object({
  cohortId: uuid,
  kind: z.enum(POST_KINDS, { message: "Choose what kind of post this is." }),
  openingLevel: z.preprocess((v) => (v === "" ? undefined : v), z.enum(OPENING_LEVELS).optional()),
  specialty: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SPECIALTY_IDS, { message: "Choose a specialty from the list." }).optional()),
  programName: text(200, "Keep the program under 200 characters."),
  institution: text(200, "Keep the institution under 200 characters."),
  location: text(120, "Keep the location under 120 characters."),
  pgyLevel: optionalText(20, "Keep the PGY level short, e.g. PGY-2."),
  expectedStart: optionalText(60, "Keep the start short, e.g. July 2027 or immediately."),
  title: text(120, "Keep the title under 120 characters."),
  body: text(4000, "Keep the post under 4,000 characters."),
  evidenceKind: z.enum(["RUMOUR", "CONFIRMED"], { message: "Say whether this is a rumour or confirmed." }),
  heardOn: optionalDateOnlySchema,
  heardHow: optionalText(200, "Keep this under 200 characters."),
  sourceType: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SOURCE_TYPES).optional()),
  confirmedOn: optionalDateOnlySchema,
  sourceLink: sourceLinkSchema,
  acknowledgedPersonWarning: checkbox,
});
export type PostInput = z.infer<typeof postSchema>;

export const reactSchema = z.object({
  postId: uuid,
  kind: z.enum(["CONFIRM", "DISPUTE", "INTEREST"]),
  on: z.boolean(),
  reason: optionalText(500, "Keep the reason under 500 characters."),
  sourceType: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SOURCE_TYPES).optional()),
  sourceLink: sourceLinkSchema,
});

export const commentSchema = z.object({
  postId: uuid,
  parentId: z.preprocess((v) => (v === "" ? undefined : v), uuid.optional()),
  body: z.string().trim().min(1, "Write a comment.").max(2000, "Keep comments under 2,000 characters."),
});

export const flagSchema = z.object({
  postId: uuid,
  reason: z.enum(FLAG_REASONS, { message: "Choose why you are flagging this post." }),
  note: optionalText(500, "Keep the note under 500 characters."),
});

export const moderateSchema = z.object({ postId: uuid, decision: z.enum(["RESTORE", "REMOVE"]) });

/**
 * Search text as PostgreSQL's websearch_to_tsquery should see it. A "-" means "without" only right before a word;
 * dashes anywhere else each nested one more NOT, and 60 of them overflowed the parser ("tsquery stack too small",
 * a 500). So runs of dashes count once, and a dash before no word is dropped.
 */
export function searchText(value: string): string {
  return value
    .replace(/\u0000/g, "")
    .replace(/-+/g, "-")
    .replace(/-(?![\p{L}\p{N}])/gu, " ")
    .trim();
}

export const boardFilterSchema = z.object({
  kind: z.enum(POST_KINDS).optional().catch(undefined),
  specialty: z.enum(SPECIALTY_IDS).optional().catch(undefined),
  evidence: z.enum(EVIDENCE_FILTERS).optional().catch(undefined),
  q: z
    .string()
    .transform((v) => searchText(v))
    .pipe(z.string().max(100))
    .optional()
    .catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type BoardFilter = z.infer<typeof boardFilterSchema>;
