"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { moderatePost as moderatePostDal } from "@/lib/server/board/moderate-post";
import { moderateSchema } from "@/lib/validation/board";

export const moderatePost = residentAction(moderateSchema, async (input, viewer) => {
  await moderatePostDal(viewer, input);
  revalidatePath("/board", "layout");
});
