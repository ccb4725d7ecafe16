import { z } from "zod";
import { FEEDBACK_SOURCES, PROJECT_KINDS, PROJECT_STATUSES } from "@/lib/labels/evidence";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { dateOnlySchema, optionalDateOnlySchema } from "@/lib/validation/dates";
import { optionalEnum, optionalHttpUrl, optionalText, recordId } from "@/lib/validation/fields";

export const projectSchema = z
  .object({
    projectId: z.preprocess((v) => (v === "" ? undefined : v), recordId("That project was not found.").optional()),
    title: z.string({ message: "Give the project a title." }).trim().min(1, "Give the project a title.").max(200, "Keep the title under 200 characters."),
    kind: z.enum(PROJECT_KINDS, { message: "Choose what kind of project it is." }),
    status: z.enum(PROJECT_STATUSES, { message: "Choose a status." }).default("PLANNED"),
    goal: optionalText(1000, "Keep the goal under 1,000 characters."),
    specialty: optionalEnum(SPECIALTY_IDS, "Choose a specialty from the list."),
    mentorId: z.preprocess((v) => (v === "" ? undefined : v), recordId("Choose a mentor from your people.").optional()),
    rotationId: z.preprocess((v) => (v === "" ? undefined : v), recordId("Choose one of your rotations.").optional()),
    output: optionalText(500, "Keep the result under 500 characters."),
    outputUrl: optionalHttpUrl(),
    startedOn: optionalDateOnlySchema,
    targetOn: optionalDateOnlySchema,
    completedOn: optionalDateOnlySchema,
  })
  .superRefine((v, ctx) => {
    if (v.startedOn && v.completedOn && v.completedOn < v.startedOn)
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "It cannot be finished before it started." });
    if (v.startedOn && v.targetOn && v.targetOn < v.startedOn)
      ctx.addIssue({ code: "custom", path: ["targetOn"], message: "The target date is before the start." });
    if (v.completedOn && v.status !== "COMPLETED")
      ctx.addIssue({
        code: "custom",
        path: ["completedOn"],
        message: "Only a completed project has a completion date. Set the status to Completed, or clear the date.",
      });
  });
export type ProjectInput = z.infer<typeof projectSchema>;

export const deleteProjectSchema = z.object({ projectId: recordId("That project was not found.") });

export const feedbackSchema = z.object({
  feedbackId: z.preprocess((v) => (v === "" ? undefined : v), recordId("That quote was not found.").optional()),
  personId: recordId("Choose who said it."),
  rotationId: z.preprocess((v) => (v === "" ? undefined : v), recordId("Choose one of your rotations.").optional()),
  receivedOn: dateOnlySchema,
  quote: z
    .string({ message: "Write down what they said." })
    .trim()
    .min(1, "Write down what they said, in their words.")
    .max(1500, "Keep the quote under 1,500 characters."),
  context: optionalText(300, "Keep the context under 300 characters."),
  source: z.enum(FEEDBACK_SOURCES, { message: "Choose how you received it." }).default("IN_PERSON"),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export const deleteFeedbackSchema = z.object({ feedbackId: recordId("That quote was not found.") });

export const bragSheetSchema = z.object({
  cvUrl: optionalHttpUrl(),
  cvNotes: optionalText(4000, "Keep the CV highlights under 4,000 characters."),
  statementDraft: optionalText(20000, "Keep the statement draft under 20,000 characters."),
});
export type BragSheetInput = z.infer<typeof bragSheetSchema>;
