"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { specialtyLabel } from "@/lib/rules/specialties";
import { setDecision as setDecisionDal } from "@/lib/server/targets/set-decision";
import { decisionSchema } from "@/lib/validation/workspace";

export const setDecision = residentAction(decisionSchema, async (input, viewer) => {
  await setDecisionDal(viewer, input, await getNow());
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  const message =
    input.decision === "UNDECIDED"
      ? "Decision reopened."
      : input.decision === "PIVOT"
        ? `Pivot recorded. Your target is now ${specialtyLabel(input.pivotSpecialty)}.`
        : "Decision recorded.";
  return { ok: true as const, data: undefined, message };
});
