"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteProject as deleteProjectDal } from "@/lib/server/evidence/delete-project";
import { deleteProjectSchema } from "@/lib/validation/evidence";

export const deleteProject = residentAction(deleteProjectSchema, async (input, viewer) => {
  await deleteProjectDal(viewer, input.projectId);
  revalidatePath("/evidence");
  revalidatePath("/plan/log");
  return { ok: true as const, data: undefined, message: "Project deleted." };
});
