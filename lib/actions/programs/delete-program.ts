"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteProgram as deleteProgramDal } from "@/lib/server/programs/delete-program";

export const deleteProgram = residentAction(z.object({ programId: z.string().uuid("That program was not found.") }), async ({ programId }, viewer) => {
  await deleteProgramDal(viewer, programId);
  revalidatePath("/programs");
  revalidatePath("/messages");
});
