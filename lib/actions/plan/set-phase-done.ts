"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { setPhaseDone as setPhaseDoneDal } from "@/lib/server/plan/set-phase-done";
import { phaseSchema } from "@/lib/validation/plan";

export const setPhaseDone = residentAction(phaseSchema, async ({ key, done }, viewer) => {
  await setPhaseDoneDal(viewer, key, done);
  revalidatePath("/plan");
});
