"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { flagPost as flagPostDal } from "@/lib/server/board/flag-post";
import { flagSchema } from "@/lib/validation/board";

export const flagPost = residentAction(flagSchema, async (input, viewer) => {
  const result = await flagPostDal(viewer, input, await getNow());
  revalidatePath("/board", "layout");
  return {
    ok: true as const,
    data: result,
    message: result.hidden ? "Thank you. The post is now hidden until a moderator reviews it." : "Thank you. Moderators will see your flag.",
  };
});
