"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { createProgram as createProgramDal } from "@/lib/server/programs/create-program";
import { programSchema } from "@/lib/validation/programs";

export const createProgram = residentAction(programSchema, async (input, viewer) => {
  const program = await createProgramDal(viewer, input);
  revalidatePath("/programs");
  return program;
});
