"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { createCohort as createCohortDal } from "@/lib/server/cohorts/create-cohort";
import { cohortSchema } from "@/lib/validation/board";

export const createCohort = residentAction(cohortSchema, async (input, viewer) => {
  const cohort = await createCohortDal(viewer, input);
  revalidatePath("/board");
  return cohort;
});
