"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteFeedback as deleteFeedbackDal } from "@/lib/server/evidence/delete-feedback";
import { deleteFeedbackSchema } from "@/lib/validation/evidence";

export const deleteFeedback = residentAction(deleteFeedbackSchema, async (input, viewer) => {
  await deleteFeedbackDal(viewer, input.feedbackId);
  revalidatePath("/evidence");
  revalidatePath("/plan/log");
  return { ok: true as const, data: undefined, message: "Quote deleted." };
});
