"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { deletePerson as deletePersonDal } from "@/lib/server/people/delete-person";
import { id } from "@/lib/validation/workspace";

export const deletePerson = residentAction(z.object({ personId: id }), async ({ personId }, viewer) => {
  await deletePersonDal(viewer, personId);
  revalidatePath("/people");
  revalidatePath("/dashboard");
});
