"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { createPerson as createPersonDal } from "@/lib/server/people/create-person";
import { personSchema } from "@/lib/validation/workspace";

export const createPerson = residentAction(personSchema, async (input, viewer) => {
  const person = await createPersonDal(viewer, input, await getNow());
  revalidatePath("/people");
  revalidatePath("/dashboard");
  return person;
});
