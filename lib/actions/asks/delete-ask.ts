"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteAsk as deleteAskDal } from "@/lib/server/asks/delete-ask";
import { id } from "@/lib/validation/workspace";

export const deleteAsk = residentAction(z.object({ askId: id }), async ({ askId }, viewer) => {
  await deleteAskDal(viewer, askId);
  revalidatePath("/asks");
  revalidatePath("/dashboard");
});
