"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { updateMeetingPrep as updateMeetingPrepDal } from "@/lib/server/meetings/update-meeting-prep";
import { meetingPrepSchema } from "@/lib/validation/workspace";

export const updateMeetingPrep = residentAction(meetingPrepSchema, async (input, viewer) => {
  await updateMeetingPrepDal(viewer, input);
  revalidatePath(`/meetings/${input.meetingId}`);
  return { ok: true as const, data: undefined, message: "Preparation saved." };
});
