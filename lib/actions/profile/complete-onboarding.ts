"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { completeOnboarding as completeOnboardingDal } from "@/lib/server/profile/complete-onboarding";
import { residentProfileSchema } from "@/lib/server/profile/schemas";
import { checkStatedTarget, statedTargetFields } from "@/lib/validation/workspace";

const onboardingSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("ADVISOR") }),
  residentProfileSchema.extend({ role: z.literal("RESIDENT"), ...statedTargetFields }).superRefine(checkStatedTarget),
]);

export const completeOnboarding = authedAction(onboardingSchema, async (input, viewer) => {
  await completeOnboardingDal(viewer.userId, input, await getNow());
  return { role: input.role };
});
