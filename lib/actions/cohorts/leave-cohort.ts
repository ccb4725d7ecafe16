"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { leaveCohort as leaveCohortDal } from "@/lib/server/cohorts/manage-members";

export const leaveCohort = residentAction(z.object({ cohortId: z.string().uuid() }), async ({ cohortId }, viewer) => {
  await leaveCohortDal(viewer, cohortId);
  revalidatePath("/board");
});
