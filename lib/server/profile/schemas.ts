import { z } from "zod";
import { TRACKS, VISA_STATUSES } from "@/lib/labels/profile";

// Client components import these from lib/labels/profile, which has no zod.
export { TRACKS, TRACK_LABELS, VISA_LABELS, VISA_STATUSES } from "@/lib/labels/profile";

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
