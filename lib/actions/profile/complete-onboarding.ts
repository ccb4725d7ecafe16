"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { completeOnboarding as completeOnboardingDal } from "@/lib/server/profile/complete-onboarding";
import { residentProfileSchema } from "@/lib/server/profile/schemas";

const onboardingSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("ADVISOR") }),
  residentProfileSchema.extend({ role: z.literal("RESIDENT") }),
]);

export const completeOnboarding = authedAction(onboardingSchema, async (input, viewer) => {
  await completeOnboardingDal(viewer.userId, input);
  return { role: input.role };
});
