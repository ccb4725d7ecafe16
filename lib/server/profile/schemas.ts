import { z } from "zod";
import { TRACKS, VISA_STATUSES } from "@/lib/labels/profile";
import { dateOnlySchema } from "@/lib/validation/dates";

// Client components import these from lib/labels/profile, which has no zod.
export { TRACKS, TRACK_LABELS, VISA_LABELS, VISA_STATUSES } from "@/lib/labels/profile";

export const residentProfileSchema = z.object({
  track: z.enum(TRACKS, { message: "Choose your track." }),
  programName: z.string().trim().min(1, "Enter your program (or the one you are applying from).").max(200, "Keep it under 200 characters."),
  institution: z.string().trim().min(1, "Enter the institution.").max(200, "Keep it under 200 characters."),
  programStartDate: dateOnlySchema,
  isImg: z.enum(["yes", "no"], { message: "Say whether you graduated from a medical school outside the US." }),
  visaStatus: z.enum(VISA_STATUSES, { message: "Choose your visa status." }),
});
export type ResidentProfileInput = z.infer<typeof residentProfileSchema>;
