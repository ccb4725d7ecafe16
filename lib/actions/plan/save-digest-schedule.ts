"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { isTimeZone } from "@/lib/rules/digest-schedule";
import { setDigestSchedule } from "@/lib/server/plan/digest";

const scheduleSchema = z.object({
  weekday: z.coerce.number({ message: "Choose a day of the week." }).int().min(0, "Choose a day of the week.").max(6, "Choose a day of the week."),
  hour: z.coerce.number({ message: "Choose an hour." }).int().min(0, "Choose an hour.").max(23, "Choose an hour."),
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose your time zone.")
    .max(64, "Choose your time zone from the list.")
    .refine(isTimeZone, "Choose your time zone from the list."),
});

/** The resident's own digest day, hour and time zone; saving it turns the digest on from the next such moment. */
export const saveDigestSchedule = residentAction(scheduleSchema, async (schedule, viewer) => {
  await setDigestSchedule(viewer, schedule, await getNow());
  revalidatePath("/settings");
  return { ok: true as const, data: undefined, message: "Saved. Your first digest goes out at the next time you chose." };
});
