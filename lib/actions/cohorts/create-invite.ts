"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { publicBaseUrl } from "@/lib/request";
import { createInvite as createInviteDal } from "@/lib/server/cohorts/invites";
import { inviteSchema } from "@/lib/validation/board";

export const createInvite = residentAction(inviteSchema, async (input, viewer) => {
  const { token, expiresAt } = await createInviteDal(viewer, input, await getNow());
  revalidatePath(`/board/${input.cohortId}/members`);
  return { url: `${publicBaseUrl(await headers()).replace(/\/$/, "")}/join/${token}`, expiresAt: expiresAt.toISOString() };
});
