"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { saveTargets as saveTargetsDal } from "@/lib/server/targets/save-targets";
import { targetSchema } from "@/lib/validation/workspace";

export const saveTargets = residentAction(targetSchema, async (input, viewer) => {
  await saveTargetsDal(viewer, input, await getNow());
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  return { ok: true as const, data: undefined, message: "Targets saved." };
});
