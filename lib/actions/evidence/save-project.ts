"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { saveProject as saveProjectDal } from "@/lib/server/evidence/save-project";
import { projectSchema } from "@/lib/validation/evidence";

export const saveProject = residentAction(projectSchema, async (input, viewer) => {
  const project = await saveProjectDal(viewer, input, toDateOnly(await getNow()));
  revalidatePath("/evidence");
  revalidatePath("/plan/log");
  return { ok: true as const, data: project, message: input.projectId ? "Project updated." : "Project saved." };
});
