"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { planMeeting as planMeetingDal } from "@/lib/server/meetings/plan-meeting";
import { meetingSchema } from "@/lib/validation/workspace";

export const planMeeting = residentAction(meetingSchema, async (input, viewer) => {
  const meeting = await planMeetingDal(viewer, input);
  revalidatePath(`/people/${input.personId}`);
  revalidatePath("/dashboard");
  return meeting;
});
