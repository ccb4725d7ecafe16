"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { assertResident } from "@/lib/auth/viewer";
import { residentProfileSchema } from "@/lib/server/profile/schemas";
import { updateProfile as updateProfileDal } from "@/lib/server/profile/update-profile";

const updateProfileSchema = residentProfileSchema.extend({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
});

export const updateProfile = authedAction(updateProfileSchema, async (input, viewer) => {
  assertResident(viewer);
  await updateProfileDal(viewer, input);
  revalidatePath("/", "layout");
  return { ok: true as const, data: undefined, message: "Profile saved." };
});
