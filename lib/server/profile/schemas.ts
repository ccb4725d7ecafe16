import { z } from "zod";

export const TRACKS = ["PRELIM_MEDICINE", "PRELIM_SURGERY", "TRANSITIONAL_YEAR", "APPLICANT"] as const;
export const TRACK_LABELS: Record<(typeof TRACKS)[number], string> = {
  PRELIM_MEDICINE: "Preliminary medicine",
  PRELIM_SURGERY: "Preliminary surgery",
  TRANSITIONAL_YEAR: "Transitional year",
  APPLICANT: "Applicant (not yet in a program)",
};
export const VISA_STATUSES = ["US_CITIZEN_OR_PR", "J1", "H1B", "F1_OPT", "NEEDS_SPONSORSHIP", "OTHER"] as const;
export const VISA_LABELS: Record<(typeof VISA_STATUSES)[number], string> = {
  US_CITIZEN_OR_PR: "US citizen or permanent resident",
  J1: "J-1 visa",
  H1B: "H-1B visa",
  F1_OPT: "F-1 / OPT",
  NEEDS_SPONSORSHIP: "Will need visa sponsorship",
  OTHER: "Other",
};

const isoDate = z
  .string({ message: "Enter a date." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()), "That date does not exist.")
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, "Enter a year between 2000 and 2100.");

export const residentProfileSchema = z.object({
  track: z.enum(TRACKS, { message: "Choose your track." }),
  programName: z.string().trim().min(1, "Enter your program (or the one you are applying from).").max(200, "Keep it under 200 characters."),
  institution: z.string().trim().min(1, "Enter the institution.").max(200, "Keep it under 200 characters."),
  programStartDate: isoDate,
  isImg: z.enum(["yes", "no"], { message: "Say whether you graduated from a medical school outside the US." }),
  visaStatus: z.enum(VISA_STATUSES, { message: "Choose your visa status." }),
});
export type ResidentProfileInput = z.infer<typeof residentProfileSchema>;
