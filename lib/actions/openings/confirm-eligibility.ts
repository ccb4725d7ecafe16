"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { confirmEligibility as confirmEligibilityDal } from "@/lib/server/openings/confirm-eligibility";
import { confirmEligibilitySchema } from "@/lib/validation/openings";

export const confirmEligibility = residentAction(confirmEligibilitySchema, async (input, viewer) => {
  await confirmEligibilityDal(viewer, input, toDateOnly(await getNow()));
  revalidatePath("/board", "layout");
  revalidatePath("/openings");
  return { ok: true as const, data: undefined, message: "Eligibility checked." };
});
