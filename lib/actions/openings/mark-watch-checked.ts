"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { markWatchChecked as markWatchCheckedDal } from "@/lib/server/openings/mark-watch-checked";
import { watchIdSchema } from "@/lib/validation/openings";

export const markWatchChecked = residentAction(watchIdSchema, async (input, viewer) => {
  await markWatchCheckedDal(viewer, input.watchId, toDateOnly(await getNow()));
  revalidatePath("/openings");
  return { ok: true as const, data: undefined, message: "Marked as checked today." };
});
