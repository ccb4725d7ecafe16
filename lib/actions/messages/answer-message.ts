"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { answerMessage as answerMessageDal } from "@/lib/server/messages/answer-message";
import { answerMessageSchema } from "@/lib/validation/messages";

/** "I sent it" / "I didn't send it" after the gate. */
export const answerMessage = residentAction(answerMessageSchema, async (input, viewer) => {
  const result = await answerMessageDal(viewer, input, await getNow());
  revalidatePath(`/programs/${result.programId}`);
  revalidatePath("/messages");
  revalidatePath("/dashboard");
  return { ok: true as const, data: result, message: result.status === "SENT" ? "Recorded as sent." : "Recorded as not sent. Your draft is still here." };
});
