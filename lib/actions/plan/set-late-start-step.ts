"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { setLateStartStep as setLateStartStepDal } from "@/lib/server/plan/set-late-start-step";
import { lateStartStepSchema } from "@/lib/validation/plan";

export const setLateStartStep = residentAction(lateStartStepSchema, async ({ key, done }, viewer) => {
  await setLateStartStepDal(viewer, key, done, await getNow());
  revalidatePath("/dashboard");
  revalidatePath("/plan");
});
