"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { deleteWatchedProgram as deleteWatchedProgramDal } from "@/lib/server/openings/delete-watched-program";
import { watchIdSchema } from "@/lib/validation/openings";

export const deleteWatchedProgram = residentAction(watchIdSchema, async (input, viewer) => {
  await deleteWatchedProgramDal(viewer, input.watchId);
  revalidatePath("/openings");
  return { ok: true as const, data: undefined, message: "Removed from your watchlist." };
});
