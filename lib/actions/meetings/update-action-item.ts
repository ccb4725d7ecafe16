"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { updateActionItem as updateActionItemDal } from "@/lib/server/meetings/update-action-item";
import { id } from "@/lib/validation/workspace";

export const updateActionItem = residentAction(
  z.object({ itemId: id, meetingId: id, status: z.enum(["OPEN", "DONE", "DROPPED"]) }),
  async ({ itemId, meetingId, status }, viewer) => {
    await updateActionItemDal(viewer, itemId, status);
    revalidatePath(`/meetings/${meetingId}`);
  },
);
