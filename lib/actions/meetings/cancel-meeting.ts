"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { cancelMeeting as cancelMeetingDal } from "@/lib/server/meetings/cancel-meeting";
import { id } from "@/lib/validation/workspace";

export const cancelMeeting = residentAction(z.object({ meetingId: id }), async ({ meetingId }, viewer) => {
  await cancelMeetingDal(viewer, meetingId);
  revalidatePath(`/meetings/${meetingId}`);
  revalidatePath("/dashboard");
});
