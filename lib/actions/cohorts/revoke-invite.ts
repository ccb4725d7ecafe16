"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { revokeInvite as revokeInviteDal } from "@/lib/server/cohorts/invites";

export const revokeInvite = residentAction(z.object({ cohortId: z.string().uuid(), inviteId: z.string().uuid() }), async (input, viewer) => {
  await revokeInviteDal(viewer, input, await getNow());
  revalidatePath(`/board/${input.cohortId}/members`);
});
