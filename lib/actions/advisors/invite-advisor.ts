"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { publicBaseUrl } from "@/lib/request";
import { inviteAdvisor as inviteAdvisorDal } from "@/lib/server/advisors/invitations";
import { inviteAdvisorSchema } from "@/lib/validation/advisors";

export const inviteAdvisor = residentAction(inviteAdvisorSchema, async (input, viewer) => {
  const result = await inviteAdvisorDal(viewer, input, await getNow(), publicBaseUrl(await headers()).replace(/\/$/, ""));
  revalidatePath("/advisors");
  return result;
});
