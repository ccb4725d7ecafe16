"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { recordOverstep as recordOverstepDal } from "@/lib/server/programs/oversteps";
import { overstepSchema } from "@/lib/validation/messages";

export const recordOverstep = residentAction(overstepSchema, async (input, viewer) => {
  const created = await recordOverstepDal(viewer, input, await getNow());
  revalidatePath(`/programs/${input.programId}`);
  return { ok: true as const, data: created, message: "Recorded. Keep the original message too." };
});
