import { z } from "zod";
import { WATCH_SOURCES } from "@/lib/labels/evidence";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { optionalEnum, optionalHttpUrl, optionalText, recordId } from "@/lib/validation/fields";

const playbookId = recordId("That playbook was not found.");

export const startPlaybookSchema = z.object({ postId: recordId("That post was not found.") });
export const playbookSchema = z.object({ playbookId });

export const confirmEligibilitySchema = z.object({
  playbookId,
  note: optionalText(1000, "Keep the note under 1,000 characters."),
});

export const requestSupportSchema = z
  .object({
    playbookId,
    pdId: recordId("Choose your program director from your people."),
    writerId: recordId("Choose a letter writer from your people."),
  })
  .superRefine((v, ctx) => {
    if (v.pdId === v.writerId)
      ctx.addIssue({
        code: "custom",
        path: ["writerId"],
        message: "Choose someone other than your program director: the point is two people who will speak for you.",
      });
  });

export const supportAnswerSchema = z.object({
  playbookId,
  who: z.enum(["pd", "writer"], { message: "That ask was not found." }),
  answer: z.enum(["ASKED", "AGREED", "DECLINED"], { message: "Choose what they said." }),
});

export const playbookProgramSchema = z
  .object({
    playbookId,
    programId: z.preprocess((v) => (v === "" || v === "new" ? undefined : v), recordId("Choose one of your programs.").optional()),
    name: optionalText(200, "Keep the name under 200 characters."),
    institution: optionalText(200, "Keep the institution under 200 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.programId) return;
    if (!v.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Enter the program's name, or choose one of your programs." });
    if (!v.institution) ctx.addIssue({ code: "custom", path: ["institution"], message: "Enter the institution." });
  });

const sourcesField = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : typeof v === "string" ? v.split(",").filter(Boolean) : v),
  z.array(z.enum(WATCH_SOURCES, { message: "Unknown place to look." })).max(WATCH_SOURCES.length),
);

export const watchedProgramSchema = z.object({
  watchId: z.preprocess((v) => (v === "" ? undefined : v), recordId("That program was not found on your watchlist.").optional()),
  name: z.string({ message: "Enter the program's name." }).trim().min(1, "Enter the program's name.").max(200, "Keep the name under 200 characters."),
  institution: optionalText(200, "Keep the institution under 200 characters."),
  specialty: optionalEnum(SPECIALTY_IDS, "Choose a specialty from the list."),
  url: optionalHttpUrl(),
  sources: sourcesField.transform((s) => [...new Set(s)]),
  cadenceDays: z.coerce
    .number({ message: "Choose how often to check." })
    .refine((n) => n === 7 || n === 14 || n === 30, "Choose weekly, every two weeks or monthly.")
    .default(14),
  notes: optionalText(2000, "Keep notes under 2,000 characters."),
});
export type WatchedProgramInput = z.infer<typeof watchedProgramSchema>;

export const watchIdSchema = z.object({ watchId: recordId("That program was not found on your watchlist.") });
