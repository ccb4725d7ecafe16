"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { parseDateOnly } from "@/lib/dates";
import { dismissSeasonTask as dismissSeasonTaskDal } from "@/lib/server/season/dismiss-season-task";
import { dismissSeasonTaskSchema } from "@/lib/validation/messages";

/** "I don't need this one" on an interview-season task. */
export const dismissSeasonTask = residentAction(dismissSeasonTaskSchema, async (input, viewer) => {
  await dismissSeasonTaskDal(viewer, { programId: input.programId, kind: input.kind, interviewDate: parseDateOnly(input.interviewDate) });
  revalidatePath("/dashboard");
  revalidatePath(`/programs/${input.programId}`);
});
