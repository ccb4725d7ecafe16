"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { setSoapContact as setSoapContactDal } from "@/lib/server/programs/set-soap-contact";
import { soapContactSchema } from "@/lib/validation/programs";

export const setSoapContact = residentAction(soapContactSchema, async ({ programId, on }, viewer) => {
  await setSoapContactDal(viewer, programId, on);
  revalidatePath(`/programs/${programId}`);
});
