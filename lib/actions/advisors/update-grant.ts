"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { updateGrant as updateGrantDal } from "@/lib/server/advisors/manage-grants";
import { updateGrantSchema } from "@/lib/validation/advisors";

export const updateGrant = residentAction(updateGrantSchema, async (input, viewer) => {
  await updateGrantDal(viewer, input);
  revalidatePath("/advisors");
  return { ok: true as const, data: undefined, message: "Sharing updated. It applies the next time your advisor opens a page." };
});
