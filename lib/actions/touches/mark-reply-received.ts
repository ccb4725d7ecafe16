"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { markReplyReceived as markReplyReceivedDal } from "@/lib/server/touches/mark-reply-received";
import { id } from "@/lib/validation/workspace";

export const markReplyReceived = residentAction(z.object({ touchId: id, personId: id }), async ({ touchId, personId }, viewer) => {
  await markReplyReceivedDal(viewer, touchId, toDateOnly(await getNow()));
  revalidatePath(`/people/${personId}`);
  revalidatePath("/dashboard");
});
