"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { updateAsk as updateAskDal } from "@/lib/server/asks/update-ask";
import { askSchema, id } from "@/lib/validation/workspace";

export const updateAsk = residentAction(askSchema.extend({ askId: id }), async ({ askId, ...input }, viewer) => {
  await updateAskDal(viewer, askId, input, toDateOnly(await getNow()));
  revalidatePath("/asks");
  revalidatePath(`/people/${input.personId}`);
  revalidatePath("/dashboard");
  return { ok: true as const, data: undefined, message: "Ask updated." };
});
