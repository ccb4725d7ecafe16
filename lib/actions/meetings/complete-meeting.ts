"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { completeMeeting as completeMeetingDal } from "@/lib/server/meetings/complete-meeting";
import { completeMeetingSchema } from "@/lib/validation/workspace";

export const completeMeeting = residentAction(completeMeetingSchema, async (input, viewer) => {
  await completeMeetingDal(viewer, input);
  revalidatePath(`/meetings/${input.meetingId}`);
  revalidatePath("/people", "layout");
  revalidatePath("/dashboard");
  return { ok: true as const, data: undefined, message: "Meeting recorded, and logged as a touch." };
});
