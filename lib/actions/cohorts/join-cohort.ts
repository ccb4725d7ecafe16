"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { joinCohort as joinCohortDal } from "@/lib/server/cohorts/invites";

export const joinCohort = residentAction(z.object({ token: z.string().min(10).max(100) }), async ({ token }, viewer) => {
  const joined = await joinCohortDal(viewer, token, await getNow());
  revalidatePath("/board");
  return joined;
});
