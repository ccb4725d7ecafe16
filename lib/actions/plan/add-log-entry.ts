"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { addLogEntry as addLogEntryDal } from "@/lib/server/plan/running-log";
import { logEntrySchema } from "@/lib/validation/plan";

export const addLogEntry = residentAction(logEntrySchema, async (input, viewer) => {
  const entry = await addLogEntryDal(viewer, input);
  revalidatePath("/plan/log");
  return { ok: true as const, data: entry, message: "Added to the log." };
});
