"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { updateProgram as updateProgramDal } from "@/lib/server/programs/update-program";
import { programSchema } from "@/lib/validation/programs";

export const updateProgram = residentAction(
  z.intersection(programSchema, z.object({ programId: z.string().uuid("That program was not found.") })),
  async (input, viewer) => {
    const { programId, ...rest } = input;
    await updateProgramDal(viewer, programId, rest);
    revalidatePath("/programs");
    revalidatePath(`/programs/${programId}`);
    return { id: programId };
  },
);
