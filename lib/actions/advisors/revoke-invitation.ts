"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { revokeInvitation as revokeInvitationDal } from "@/lib/server/advisors/invitations";

export const revokeInvitation = residentAction(z.object({ invitationId: z.string().uuid() }), async ({ invitationId }, viewer) => {
  await revokeInvitationDal(viewer, invitationId, await getNow());
  revalidatePath("/advisors");
});
