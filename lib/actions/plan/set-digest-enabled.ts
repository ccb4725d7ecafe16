"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { setDigestEnabled as setDigestEnabledDal } from "@/lib/server/plan/digest";

export const setDigestEnabled = residentAction(z.object({ enabled: z.boolean() }), async ({ enabled }, viewer) => {
  await setDigestEnabledDal(viewer, enabled);
  revalidatePath("/settings");
});
