"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { saveFeedback as saveFeedbackDal } from "@/lib/server/evidence/save-feedback";
import { feedbackSchema } from "@/lib/validation/evidence";

export const saveFeedback = residentAction(feedbackSchema, async (input, viewer) => {
  const quote = await saveFeedbackDal(viewer, input);
  revalidatePath("/evidence");
  revalidatePath("/plan/log");
  revalidatePath(`/people/${input.personId}`);
  return { ok: true as const, data: quote, message: input.feedbackId ? "Quote updated." : "Quote saved." };
});
