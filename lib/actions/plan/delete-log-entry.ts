"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteLogEntry as deleteLogEntryDal } from "@/lib/server/plan/running-log";

export const deleteLogEntry = residentAction(z.object({ entryId: z.string().uuid() }), async ({ entryId }, viewer) => {
  await deleteLogEntryDal(viewer, entryId);
  revalidatePath("/plan/log");
});
