import { z } from "zod";
import { MESSAGE_CHANNELS } from "@/lib/labels/messages";
import { MESSAGE_KINDS, PROGRAM_STATUSES, PROGRAM_TYPES, TRI_STATES, VISA_SPONSORSHIPS } from "@/lib/labels/programs";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { dateOnlySchema, optionalDateOnlySchema } from "@/lib/validation/dates";

// Client components import these from lib/labels/programs, which has no zod.
export {
  MESSAGE_KINDS,
  PROGRAM_STATUSES,
  PROGRAM_STATUS_LABELS,
  PROGRAM_TYPES,
  PROGRAM_TYPE_LABELS,
  TRI_STATES,
  TRI_STATE_LABELS,
  VISA_SPONSORSHIPS,
  VISA_SPONSORSHIP_LABELS,
} from "@/lib/labels/programs";

export const NRMP_TYPE_LETTER: Record<(typeof PROGRAM_TYPES)[number], string> = { CATEGORICAL: "C", PRELIMINARY: "P", ADVANCED: "A", RESERVED: "R" };

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "yes" || v === "1", z.boolean());

export const programSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the program's name.").max(200, "Keep the name under 200 characters."),
    institution: z.string().trim().min(1, "Enter the institution.").max(200, "Keep the institution under 200 characters."),
    city: optionalText(100, "Keep the city under 100 characters."),
    state: optionalText(60, "Keep the state under 60 characters."),
    specialty: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SPECIALTY_IDS, { message: "Choose a specialty from the list." }).optional()),
    nrmpCode: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
      z
        .string()
        .regex(/^[0-9]{7}[CPAR][0-9]$/, "An NRMP program code has 9 characters, like 1234140C0: seven digits, the type letter (C, P, A or R), and a digit.")
        .optional(),
    ),
    programType: z.enum(PROGRAM_TYPES, { message: "Choose the program type." }),
    participatesInMatch: checkbox,
    visaSponsorship: z.enum(VISA_SPONSORSHIPS, { message: "Choose the visa sponsorship." }).default("UNKNOWN"),
    imgFriendly: z.enum(TRI_STATES).default("UNKNOWN"),
    postInterviewCommunication: z.enum(TRI_STATES, { message: "Choose whether the program accepts post-interview messages." }).default("UNKNOWN"),
    status: z.enum(PROGRAM_STATUSES, { message: "Choose a status." }).default("RESEARCHING"),
    interviewDate: optionalDateOnlySchema,
    interviewer: optionalText(200, "Keep the name under 200 characters."),
    notes: optionalText(4000, "Keep notes under 4,000 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.nrmpCode && v.nrmpCode[7] !== NRMP_TYPE_LETTER[v.programType]) {
      ctx.addIssue({
        code: "custom",
        path: ["nrmpCode"],
        message: `The code's type letter is ${v.nrmpCode[7]}, but the program type says ${NRMP_TYPE_LETTER[v.programType]}. Check one of them.`,
      });
    }
  });
export type ProgramInput = z.infer<typeof programSchema>;

/** The gated send: what is leaving the app, and by which way out. */
export const recordMessageSchema = z
  .object({
    programId: z.string().uuid("That program was not found."),
    cycleId: z.string().uuid("Choose a match cycle."),
    kind: z.enum(MESSAGE_KINDS, { message: "Choose what kind of message this is." }),
    subject: z.string().trim().min(1, "Write a subject line.").max(300, "Keep the subject under 300 characters."),
    body: z.string().trim().min(1, "Write the message.").max(20000, "That message is far too long to send."),
    confirmWarnings: z.preprocess(
      (v) => (v === undefined ? [] : typeof v === "string" ? v.split(",").filter(Boolean) : v),
      z.array(z.string().max(40)).max(10),
    ),
    channel: z.enum(MESSAGE_CHANNELS, { message: "Choose how the message leaves: mail app, copy, or sent from Prelim Scout." }).default("MAIL_APP"),
    draftId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().uuid("That draft was not found.").optional()),
    recipient: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim().toLowerCase() : v),
      z.string().max(320, "That address is too long.").email("Enter the program's email address, like pd.office@hospital.org.").optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.channel === "APP_EMAIL" && !v.recipient)
      ctx.addIssue({ code: "custom", path: ["recipient"], message: "Enter the program's email address to send from Prelim Scout." });
  });
export type RecordMessageInput = z.infer<typeof recordMessageSchema>;

export const cycleSchema = z
  .object({
    cycleId: z.string().uuid("That cycle was not found."),
    applicationsOpen: dateOnlySchema,
    rankListDeadline: dateOnlySchema,
    matchWeekMonday: dateOnlySchema,
    soapEnd: dateOnlySchema,
    matchDay: dateOnlySchema,
    trainingStart: dateOnlySchema,
  })
  .superRefine((v, ctx) => {
    // Same order as the match_cycles_order check: SOAP may end on Match Week Monday and Match Day on the last
    // SOAP day; every other date is strictly later than the one before it.
    const order: [keyof typeof v, boolean][] = [
      ["applicationsOpen", false],
      ["rankListDeadline", true],
      ["matchWeekMonday", true],
      ["soapEnd", false],
      ["matchDay", false],
      ["trainingStart", true],
    ];
    for (let i = 1; i < order.length; i++) {
      const prev = order[i - 1]![0];
      const [cur, strict] = order[i]!;
      const a = String(v[prev]);
      const b = String(v[cur]);
      if (strict ? b <= a : b < a)
        ctx.addIssue({
          code: "custom",
          path: [cur],
          message: strict ? "This date must come after the one above it." : "This date cannot be before the one above it.",
        });
    }
  });

export const soapContactSchema = z.object({ programId: z.string().uuid(), on: optionalDateOnlySchema });
