import { z } from "zod";
import { LATE_START_STEP_KEYS } from "@/lib/rules/year-plan";
import { dateOnlySchema, optionalDateOnlySchema } from "@/lib/validation/dates";

const uuid = z.string().uuid("That record was not found.");
const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.string().max(max, message).optional());

export const rotationSchema = z
  .object({
    startsOn: dateOnlySchema,
    endsOn: dateOnlySchema,
    service: z.string().trim().min(1, "Name the service, e.g. Cardiology consults.").max(120, "Keep the service under 120 characters."),
    site: optionalText(120, "Keep the site under 120 characters."),
    notes: optionalText(1000, "Keep notes under 1,000 characters."),
    attendingIds: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(uuid).max(10, "Link at most 10 attendings.")),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The rotation ends before it starts." });
    else if ((Date.parse(v.endsOn) - Date.parse(v.startsOn)) / 86_400_000 > 92)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "A rotation lasts at most three months; split longer blocks." });
  });
export type RotationInput = z.infer<typeof rotationSchema>;

export const completePromptSchema = z.object({
  rotationId: uuid,
  promptKey: z.enum(["before", "week-one", "end"]),
  logTouch: z.boolean().default(true),
});

export const touchpointSchema = z
  .object({
    key: z.enum(["early", "mid-year", "pre-soap"]),
    status: z.enum(["PLANNED", "DONE", "SKIPPED"], { message: "Choose a status." }),
    onDate: optionalDateOnlySchema,
    notes: optionalText(2000, "Keep notes under 2,000 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.status === "DONE" && !v.onDate) ctx.addIssue({ code: "custom", path: ["onDate"], message: "Add the date you met." });
  });

export const phaseSchema = z.object({ key: z.enum(["decide", "meet", "build", "finalize", "statement", "submit"]), done: z.boolean() });

export const lateStartStepSchema = z.object({
  key: z.enum(LATE_START_STEP_KEYS, { message: "That is not a step of the late-start plan." }),
  done: z.boolean(),
});

export const logEntrySchema = z.object({
  occurredOn: dateOnlySchema,
  service: optionalText(120, "Keep the service under 120 characters."),
  faculty: optionalText(200, "Keep this under 200 characters."),
  action: z.string().trim().min(1, "Say what you did.").max(500, "Keep it under 500 characters."),
  nextStep: optionalText(500, "Keep it under 500 characters."),
});
