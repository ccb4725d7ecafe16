"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { completePrompt as completePromptDal } from "@/lib/server/plan/complete-prompt";
import { completePromptSchema } from "@/lib/validation/plan";

export const completePrompt = residentAction(completePromptSchema, async (input, viewer) => {
  const { touches } = await completePromptDal(viewer, input, toDateOnly(await getNow()));
  revalidatePath("/plan");
  revalidatePath("/people", "layout");
  revalidatePath("/dashboard");
  return {
    ok: true as const,
    data: { touches },
    message: touches ? `Done, and logged as a touch with ${touches} A-list ${touches === 1 ? "person" : "people"}.` : "Marked done.",
  };
});
