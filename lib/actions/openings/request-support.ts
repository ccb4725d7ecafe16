"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { requestSupport as requestSupportDal } from "@/lib/server/openings/request-support";
import { requestSupportSchema } from "@/lib/validation/openings";

export const requestSupport = residentAction(requestSupportSchema, async (input, viewer) => {
  await requestSupportDal(viewer, input, toDateOnly(await getNow()));
  revalidatePath("/board", "layout");
  revalidatePath("/asks");
  revalidatePath("/openings");
  return { ok: true as const, data: undefined, message: "Both asks are on your list. Ask them in person if you can, then record what they said here." };
});
