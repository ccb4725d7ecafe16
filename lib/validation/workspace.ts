import { z } from "zod";
import { ASK_KINDS, ASK_STATUSES, DECISIONS, GEO_STANCES, INFLUENCE_TAGS, PERSON_ROLES, PLAN_BS, TOUCH_CHANNELS, TOUCH_KINDS } from "@/lib/labels/workspace";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { dateOnlySchema, optionalDateOnlySchema } from "@/lib/validation/dates";

// The vocabulary lives in lib/labels so client components can import it without zod.
export {
  ASK_KINDS,
  ASK_STATUSES,
  ASK_STATUS_LABELS,
  DECISIONS,
  GEO_STANCES,
  GEO_STANCE_LABELS,
  INFLUENCE_TAGS,
  PERSON_ROLES,
  PLAN_BS,
  PLAN_B_LABELS,
  TOUCH_CHANNELS,
  TOUCH_CHANNEL_LABELS,
  TOUCH_KINDS,
} from "@/lib/labels/workspace";

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "yes" || v === "1", z.boolean());

export const id = z.string().uuid("That record was not found.");

const specialtySchema = z.enum(SPECIALTY_IDS, { message: "Choose one target specialty." });
const statementFields = {
  specialtyOther: optionalText(120, "Keep the specialty name under 120 characters."),
  geoStance: z.enum(GEO_STANCES, { message: "Choose where you are willing to train." }),
  geoDetail: optionalText(120, "Keep the place under 120 characters."),
};

/** "Other" needs its name, and a region or a city needs naming: the same story to everyone means a specific one. */
function checkStatement(v: { specialty?: string; specialtyOther?: string; geoStance: string; geoDetail?: string }, ctx: z.RefinementCtx) {
  if (!v.specialty) return;
  if (v.specialty === "other" && !v.specialtyOther) ctx.addIssue({ code: "custom", path: ["specialtyOther"], message: "Name the specialty." });
  if (v.geoStance !== "ANYWHERE" && !v.geoDetail) {
    ctx.addIssue({ code: "custom", path: ["geoDetail"], message: v.geoStance === "PREFER_REGION" ? "Name the region." : "Name the city or state." });
  }
}

export const targetSchema = z
  .object({
    specialty: specialtySchema,
    ...statementFields,
    planB: z.preprocess((v) => (v === "" ? undefined : v), z.enum(PLAN_BS).optional()),
    planBDetail: optionalText(300, "Keep Plan B under 300 characters."),
    unsuccessfulCycles: z.coerce
      .number({ message: "Enter a number." })
      .int("Enter a whole number.")
      .min(0, "Cannot be negative.")
      .max(20, "That seems too many; enter 0 to 20."),
  })
  .superRefine(checkStatement);

/** The target as onboarding asks for it: optional (not everyone has decided), and the rest of /targets comes later. */
export const statedTargetFields = {
  specialty: z.preprocess((v) => (v === "" ? undefined : v), specialtySchema.optional()),
  ...statementFields,
  geoStance: z.preprocess((v) => (v === "" || v === undefined ? "ANYWHERE" : v), statementFields.geoStance),
};
export { checkStatement as checkStatedTarget };

/** A pivot says to what: the path, and the specialty that path starts in, which becomes the new target. */
export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { message: "Choose reapply or pivot." }),
    pivotSpecialty: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SPECIALTY_IDS, { message: "Choose the specialty you will apply to." }).optional()),
    pivotPath: optionalText(200, "Keep the path under 200 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "PIVOT") return;
    if (!v.pivotSpecialty) ctx.addIssue({ code: "custom", path: ["pivotSpecialty"], message: "Choose the specialty you will apply to next." });
    else if (v.pivotSpecialty === "other")
      ctx.addIssue({
        code: "custom",
        path: ["pivotSpecialty"],
        message: "Choose a listed specialty here; for one that is not listed, set it as your target on the form above.",
      });
  });
export type DecisionInput = z.infer<typeof decisionSchema>;

export const personSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Keep the name under 120 characters."),
  role: z.enum(PERSON_ROLES, { message: "Choose their role." }),
  specialty: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SPECIALTY_IDS, { message: "Choose a specialty from the list." }).optional()),
  department: optionalText(120, "Keep the department under 120 characters."),
  institution: optionalText(160, "Keep the institution under 160 characters."),
  email: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().toLowerCase().email("Enter a valid email address, or leave it empty.").max(254).optional(),
  ),
  tags: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(INFLUENCE_TAGS, { message: "Unknown influence tag." })).max(4)),
  howWeMet: optionalText(300, "Keep this under 300 characters."),
  personalNote: optionalText(300, "Keep this under 300 characters."),
  privateNotes: optionalText(4000, "Keep notes under 4,000 characters."),
  isAList: checkbox,
});
export type PersonInput = z.infer<typeof personSchema>;

export const touchSchema = z
  .object({
    personId: id,
    kind: z.enum(TOUCH_KINDS, { message: "Choose what kind of touch this was." }),
    channel: z.enum(TOUCH_CHANNELS, { message: "Choose how it happened." }).default("IN_PERSON"),
    occurredOn: dateOnlySchema,
    endsOn: optionalDateOnlySchema,
    notes: optionalText(2000, "Keep notes under 2,000 characters."),
    awaitingReply: checkbox,
    followUpDays: z.coerce.number().int().min(7, "Pick 7 to 10 days.").max(10, "Pick 7 to 10 days.").default(7),
  })
  .superRefine((v, ctx) => {
    if (v.awaitingReply && v.channel !== "EMAIL")
      ctx.addIssue({ code: "custom", path: ["awaitingReply"], message: "Only an email can wait for a reply. Set the channel to Email." });
    if (v.endsOn && v.endsOn < v.occurredOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The end date is before the start date." });
  });
export type TouchInput = z.infer<typeof touchSchema>;

export const meetingSchema = z.object({
  personId: id,
  kind: z.enum(["INTRO", "ADVICE"], { message: "Choose intro or advice meeting." }),
  scheduledOn: dateOnlySchema,
  questions: optionalText(2000, "Keep the questions under 2,000 characters."),
});

export const meetingPrepSchema = z.object({
  meetingId: id,
  prepCv: checkbox,
  prepGoals: checkbox,
  prepQuestions: checkbox,
  questions: optionalText(2000, "Keep the questions under 2,000 characters."),
});

export const completeMeetingSchema = z.object({
  meetingId: id,
  completedOn: dateOnlySchema,
  advice: optionalText(4000, "Keep the advice under 4,000 characters."),
  actionItems: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean)
        : v,
    z.array(z.string().trim().min(1).max(500, "Keep each action item under 500 characters.")).max(20, "Keep it to 20 action items."),
  ),
  reportBackOn: optionalDateOnlySchema,
});

export const askSchema = z.object({
  personId: id,
  kind: z.enum(ASK_KINDS, { message: "Choose what you are asking for." }),
  status: z.enum(ASK_STATUSES, { message: "Choose a status." }).default("PLANNED"),
  plannedOn: optionalDateOnlySchema,
  askedOn: optionalDateOnlySchema,
  respondedOn: optionalDateOnlySchema,
  fromPrelimYear: checkbox,
  notes: optionalText(2000, "Keep notes under 2,000 characters."),
});
export type AskInput = z.infer<typeof askSchema>;
