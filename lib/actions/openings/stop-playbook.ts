"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { stopPlaybook as stopPlaybookDal } from "@/lib/server/openings/stop-playbook";
import { playbookSchema } from "@/lib/validation/openings";

export const stopPlaybook = residentAction(playbookSchema, async (input, viewer) => {
  await stopPlaybookDal(viewer, input.playbookId);
  revalidatePath("/board", "layout");
  revalidatePath("/openings");
  return { ok: true as const, data: undefined, message: "You are no longer acting on this opening." };
});
