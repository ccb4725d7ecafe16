"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteDraft as deleteDraftDal } from "@/lib/server/messages/save-draft";
import { draftIdSchema } from "@/lib/validation/messages";

export const deleteDraft = residentAction(draftIdSchema, async ({ draftId }, viewer) => {
  const { programId } = await deleteDraftDal(viewer, draftId);
  revalidatePath(`/programs/${programId}`);
  revalidatePath("/messages");
});
