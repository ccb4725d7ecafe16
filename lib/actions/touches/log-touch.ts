"use server";

import { residentAction } from "@/lib/actions/safe-action";
import { logTouch as logTouchDal } from "@/lib/server/touches/log-touch";
import { touchSchema } from "@/lib/validation/workspace";

/**
 * Returns only what the form needs (the new touch's id and a message): no revalidatePath, so the response does not
 * carry a re-render of the page it was posted from (32 kB for the dashboard). The form refreshes the page it is on
 * once the touch is saved (components/people/log-touch-form.tsx); every page that shows touches is dynamic, so the
 * next visit to any other one reads the touch anyway (docs/decisions/0012).
 */
export const logTouch = residentAction(touchSchema, async (input, viewer) => {
  const touch = await logTouchDal(viewer, input);
  return { ok: true as const, data: touch, message: "Touch logged." };
});
