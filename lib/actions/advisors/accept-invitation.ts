"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { acceptInvitation as acceptInvitationDal } from "@/lib/server/advisors/invitations";

export const acceptInvitation = authedAction(z.object({ token: z.string().min(20).max(100) }), async ({ token }, viewer) => {
  const result = await acceptInvitationDal(viewer, token, await getNow());
  revalidatePath("/advisor");
  return result;
});
