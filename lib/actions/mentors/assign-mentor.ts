"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { MENTOR_ROLE_LABELS } from "@/lib/labels/evidence";
import { assignMentor as assignMentorDal } from "@/lib/server/mentors/assign-mentor";
import { mentorSchema } from "@/lib/validation/mentors";

export const assignMentor = residentAction(mentorSchema, async (input, viewer) => {
  await assignMentorDal(viewer, input);
  revalidatePath("/people/mentors");
  revalidatePath(`/people/${input.personId}`);
  return { ok: true as const, data: { personId: input.personId, role: input.role }, message: `Saved as ${MENTOR_ROLE_LABELS[input.role].toLowerCase()}.` };
});
