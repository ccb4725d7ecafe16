"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { removeMentor as removeMentorDal } from "@/lib/server/mentors/remove-mentor";
import { removeMentorSchema } from "@/lib/validation/mentors";

export const removeMentor = residentAction(removeMentorSchema, async (input, viewer) => {
  await removeMentorDal(viewer, input);
  revalidatePath("/people/mentors");
  revalidatePath(`/people/${input.personId}`);
  return { ok: true as const, data: undefined, message: "Removed from the board." };
});
