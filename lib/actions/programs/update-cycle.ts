"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { updateCycle as updateCycleDal } from "@/lib/server/cycles/update-cycle";
import { cycleSchema } from "@/lib/validation/programs";

export const updateCycle = residentAction(cycleSchema, async (input, viewer) => {
  await updateCycleDal(viewer, input);
  revalidatePath("/messages");
  return { ok: true as const, data: undefined, message: "Calendar saved." };
});
