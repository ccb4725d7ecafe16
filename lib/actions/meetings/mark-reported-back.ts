"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { markReportedBack as markReportedBackDal } from "@/lib/server/meetings/mark-reported-back";
import { id } from "@/lib/validation/workspace";

export const markReportedBack = residentAction(z.object({ meetingId: id }), async ({ meetingId }, viewer) => {
  await markReportedBackDal(viewer, meetingId, toDateOnly(await getNow()));
  revalidatePath(`/meetings/${meetingId}`);
  revalidatePath("/dashboard");
});
