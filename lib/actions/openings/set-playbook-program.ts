"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { setPlaybookProgram as setPlaybookProgramDal } from "@/lib/server/openings/set-playbook-program";
import { playbookProgramSchema } from "@/lib/validation/openings";

export const setPlaybookProgram = residentAction(playbookProgramSchema, async (input, viewer) => {
  const result = await setPlaybookProgramDal(viewer, input);
  revalidatePath("/board", "layout");
  revalidatePath("/programs");
  revalidatePath("/openings");
  return { ok: true as const, data: result, message: input.programId ? "Program chosen." : "Program added to your list." };
});
