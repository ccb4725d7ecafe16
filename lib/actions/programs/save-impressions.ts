"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { saveImpressions as saveImpressionsDal } from "@/lib/server/programs/save-impressions";
import { impressionsSchema } from "@/lib/validation/messages";

export const saveImpressions = residentAction(impressionsSchema, async (input, viewer) => {
  await saveImpressionsDal(viewer, input);
  revalidatePath(`/programs/${input.programId}`);
  revalidatePath("/programs/rank");
  revalidatePath("/dashboard");
  return { ok: true as const, data: undefined, message: "Impressions saved." };
});
