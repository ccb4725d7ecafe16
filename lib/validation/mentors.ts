import { z } from "zod";
import { MENTOR_ROLES } from "@/lib/labels/evidence";
import { checkbox, optionalText, recordId } from "@/lib/validation/fields";

export const mentorSchema = z.object({
  personId: recordId("Choose someone from your people."),
  role: z.enum(MENTOR_ROLES, { message: "Choose which role they play." }),
  strongYes: checkbox,
  note: optionalText(300, "Keep the note under 300 characters."),
});
export type MentorInput = z.infer<typeof mentorSchema>;

export const removeMentorSchema = z.object({
  personId: recordId("That mentor was not found."),
  role: z.enum(MENTOR_ROLES, { message: "That mentor was not found." }),
});
