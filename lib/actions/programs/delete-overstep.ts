"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteOverstep as deleteOverstepDal } from "@/lib/server/programs/oversteps";
import { overstepIdSchema } from "@/lib/validation/messages";

export const deleteOverstep = residentAction(overstepIdSchema, async ({ overstepId }, viewer) => {
  const { programId } = await deleteOverstepDal(viewer, overstepId);
  revalidatePath(`/programs/${programId}`);
});
