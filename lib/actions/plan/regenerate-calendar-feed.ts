"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { publicBaseUrl } from "@/lib/request";
import { disableCalendarFeed, regenerateCalendarFeed as regenerate } from "@/lib/server/plan/calendar-feed";

export const regenerateCalendarFeed = residentAction(z.object({ disable: z.boolean().default(false) }), async ({ disable }, viewer) => {
  revalidatePath("/settings");
  if (disable) {
    await disableCalendarFeed(viewer);
    return { url: null };
  }
  const token = await regenerate(viewer);
  return { url: `${publicBaseUrl(await headers()).replace(/\/$/, "")}/api/calendar/${token}.ics` };
});
