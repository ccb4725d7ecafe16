"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { markNotificationsRead as markNotificationsReadDal } from "@/lib/server/board/notifications";

export const markNotificationsRead = authedAction(z.object({}), async (_input, viewer) => {
  await markNotificationsReadDal(viewer, await getNow());
  revalidatePath("/board", "layout");
  revalidatePath("/dashboard");
});
