"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteTouch as deleteTouchDal } from "@/lib/server/touches/delete-touch";
import { id } from "@/lib/validation/workspace";

export const deleteTouch = residentAction(z.object({ touchId: id, personId: id }), async ({ touchId, personId }, viewer) => {
  await deleteTouchDal(viewer, touchId);
  revalidatePath(`/people/${personId}`);
  revalidatePath("/dashboard");
});
