"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { startPlaybook as startPlaybookDal } from "@/lib/server/openings/start-playbook";
import { startPlaybookSchema } from "@/lib/validation/openings";

export const startPlaybook = residentAction(startPlaybookSchema, async (input, viewer) => {
  const playbook = await startPlaybookDal(viewer, input.postId, await getNow());
  const url = `/board/${playbook.cohortId}/posts/${input.postId}/playbook`;
  revalidatePath(`/board/${playbook.cohortId}/posts/${input.postId}`);
  revalidatePath("/openings");
  return { ok: true as const, data: { id: playbook.id, url }, message: "Playbook started." };
});
