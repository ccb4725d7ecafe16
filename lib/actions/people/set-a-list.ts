"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { setAList as setAListDal } from "@/lib/server/people/set-a-list";
import { id } from "@/lib/validation/workspace";

export const setAList = residentAction(z.object({ personId: id, isAList: z.boolean() }), async ({ personId, isAList }, viewer) => {
  await setAListDal(viewer, personId, isAList);
  revalidatePath("/people");
  revalidatePath(`/people/${personId}`);
  revalidatePath("/dashboard");
});
