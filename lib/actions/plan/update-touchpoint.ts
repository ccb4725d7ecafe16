"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { updateTouchpoint as updateTouchpointDal } from "@/lib/server/plan/update-touchpoint";
import { touchpointSchema } from "@/lib/validation/plan";

export const updateTouchpoint = residentAction(touchpointSchema, async (input, viewer) => {
  await updateTouchpointDal(viewer, input);
  revalidatePath("/plan");
  revalidatePath("/dashboard");
  return { ok: true as const, data: undefined, message: "Touchpoint saved." };
});
