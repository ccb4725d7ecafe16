"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { updatePerson as updatePersonDal } from "@/lib/server/people/update-person";
import { id, personSchema } from "@/lib/validation/workspace";

export const updatePerson = residentAction(personSchema.extend({ personId: id }), async ({ personId, ...input }, viewer) => {
  await updatePersonDal(viewer, personId, input);
  revalidatePath("/people");
  revalidatePath(`/people/${personId}`);
  revalidatePath("/dashboard");
  return { id: personId };
});
