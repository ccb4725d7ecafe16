"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { revokeGrant as revokeGrantDal } from "@/lib/server/advisors/manage-grants";

export const revokeGrant = residentAction(z.object({ grantId: z.string().uuid() }), async ({ grantId }, viewer) => {
  await revokeGrantDal(viewer, grantId, await getNow());
  revalidatePath("/advisors");
});
