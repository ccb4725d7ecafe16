"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteRotation as deleteRotationDal } from "@/lib/server/plan/rotations";

export const deleteRotation = residentAction(z.object({ rotationId: z.string().uuid() }), async ({ rotationId }, viewer) => {
  await deleteRotationDal(viewer, rotationId);
  revalidatePath("/plan");
});
