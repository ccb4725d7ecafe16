"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { removeMember as removeMemberDal } from "@/lib/server/cohorts/manage-members";

export const removeMember = residentAction(z.object({ cohortId: z.string().uuid(), userId: z.string().uuid() }), async (input, viewer) => {
  await removeMemberDal(viewer, input, await getNow());
  revalidatePath(`/board/${input.cohortId}/members`);
});
