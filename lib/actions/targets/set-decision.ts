"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { setDecision as setDecisionDal } from "@/lib/server/targets/set-decision";
import { decisionSchema } from "@/lib/validation/workspace";

export const setDecision = residentAction(decisionSchema, async (input, viewer) => {
  await setDecisionDal(viewer, input.decision, await getNow());
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  return { ok: true as const, data: undefined, message: input.decision === "UNDECIDED" ? "Decision reopened." : "Decision recorded." };
});
