"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { setMemberRole as setMemberRoleDal } from "@/lib/server/cohorts/manage-members";

export const setMemberRole = residentAction(
  z.object({ cohortId: z.string().uuid(), userId: z.string().uuid(), role: z.enum(["MEMBER", "MODERATOR"]) }),
  async (input, viewer) => {
    await setMemberRoleDal(viewer, input);
    revalidatePath(`/board/${input.cohortId}/members`);
  },
);
