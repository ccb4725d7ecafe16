"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { saveRankOrder as saveRankOrderDal } from "@/lib/server/messages/rank-worksheet";
import { rankOrderSchema } from "@/lib/validation/messages";

export const saveRankOrder = residentAction(rankOrderSchema, async (input, viewer) => {
  await saveRankOrderDal(viewer, input);
  revalidatePath("/programs/rank");
  revalidatePath("/dashboard");
});
