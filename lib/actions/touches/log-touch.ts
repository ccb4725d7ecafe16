"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { logTouch as logTouchDal } from "@/lib/server/touches/log-touch";
import { touchSchema } from "@/lib/validation/workspace";

export const logTouch = residentAction(touchSchema, async (input, viewer) => {
  const touch = await logTouchDal(viewer, input);
  revalidatePath(`/people/${input.personId}`);
  revalidatePath("/people");
  revalidatePath("/dashboard");
  return { ok: true as const, data: touch, message: "Touch logged." };
});
