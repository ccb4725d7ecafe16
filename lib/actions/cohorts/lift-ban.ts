"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { liftBan as liftBanDal } from "@/lib/server/cohorts/manage-members";

export const liftBan = residentAction(z.object({ cohortId: z.string().uuid(), userId: z.string().uuid() }), async (input, viewer) => {
  await liftBanDal(viewer, input, await getNow());
  revalidatePath(`/board/${input.cohortId}/members`);
});
