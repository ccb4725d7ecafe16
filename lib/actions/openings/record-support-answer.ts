"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { recordSupportAnswer as recordSupportAnswerDal } from "@/lib/server/openings/record-support-answer";
import { supportAnswerSchema } from "@/lib/validation/openings";

export const recordSupportAnswer = residentAction(supportAnswerSchema, async (input, viewer) => {
  await recordSupportAnswerDal(viewer, input, toDateOnly(await getNow()));
  revalidatePath("/board", "layout");
  revalidatePath("/asks");
  revalidatePath("/openings");
  return { ok: true as const, data: undefined, message: "Answer recorded." };
});
