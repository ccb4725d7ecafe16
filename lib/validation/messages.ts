import { z } from "zod";
import { SEASON_TASK_KINDS } from "@/lib/rules/interview-season";
import { dateOnlySchema } from "@/lib/validation/dates";
import { MESSAGE_KINDS } from "@/lib/validation/programs";

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());

/** Autosave keeps whatever is typed, even half a sentence or nothing yet; only the sizes are bounded. */
export const saveDraftSchema = z.object({
  draftId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().uuid("That draft was not found.").optional()),
  programId: z.string().uuid("That program was not found."),
  cycleId: z.string().uuid("Choose a match cycle."),
  kind: z.enum(MESSAGE_KINDS, { message: "Choose what kind of message this is." }),
  subject: z.string().max(300, "Keep the subject under 300 characters."),
  body: z.string().max(20000, "That message is far too long to send."),
});
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

export const draftIdSchema = z.object({ draftId: z.string().uuid("That draft was not found.") });

export const answerMessageSchema = z.object({
  messageId: z.string().uuid("That message was not found."),
  sent: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ message: "Say whether you sent it." })),
});

export const impressionsSchema = z.object({
  programId: z.string().uuid("That program was not found."),
  liked: optionalText(4000, "Keep this under 4,000 characters."),
  concerns: optionalText(4000, "Keep this under 4,000 characters."),
  rankThoughts: optionalText(4000, "Keep this under 4,000 characters."),
  peopleMet: optionalText(4000, "Keep this under 4,000 characters."),
  whoToThank: optionalText(4000, "Keep this under 4,000 characters."),
});
export type ImpressionsInput = z.infer<typeof impressionsSchema>;

export const rankOrderSchema = z.object({
  cycleId: z.string().uuid("That match cycle was not found."),
  programIds: z
    .array(z.string().uuid("That program was not found."))
    .max(200, "A rank worksheet holds at most 200 programs.")
    .refine((ids) => new Set(ids).size === ids.length, "A program can appear only once in your order."),
});
export type RankOrderInput = z.infer<typeof rankOrderSchema>;

export const dismissSeasonTaskSchema = z.object({
  programId: z.string().uuid("That program was not found."),
  kind: z.enum(SEASON_TASK_KINDS, { message: "That task was not found." }),
  interviewDate: dateOnlySchema,
});

export const OVERSTEP_KINDS = ["ASKED_RANKING", "OFFERED_COMMITMENT", "OTHER_PRESSURE"] as const;
export const overstepSchema = z.object({
  programId: z.string().uuid("That program was not found."),
  occurredOn: dateOnlySchema,
  kind: z.enum(OVERSTEP_KINDS, { message: "Choose what the program did." }),
  said: z.string().trim().min(1, "Quote what was said or written, as closely as you can.").max(4000, "Keep the quote under 4,000 characters."),
  who: optionalText(200, "Keep the name under 200 characters."),
  notes: optionalText(4000, "Keep notes under 4,000 characters."),
});
export type OverstepInput = z.infer<typeof overstepSchema>;
export const overstepIdSchema = z.object({ overstepId: z.string().uuid("That record was not found.") });
