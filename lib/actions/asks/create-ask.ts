"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { createAsk as createAskDal } from "@/lib/server/asks/create-ask";
import { askSchema } from "@/lib/validation/workspace";

export const createAsk = residentAction(askSchema, async (input, viewer) => {
  const ask = await createAskDal(viewer, input, toDateOnly(await getNow()));
  revalidatePath("/asks");
  revalidatePath(`/people/${input.personId}`);
  revalidatePath("/dashboard");
  return { ok: true as const, data: ask, message: "Ask saved." };
});
