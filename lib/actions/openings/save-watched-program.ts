"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { saveWatchedProgram as saveWatchedProgramDal } from "@/lib/server/openings/save-watched-program";
import { watchedProgramSchema } from "@/lib/validation/openings";

export const saveWatchedProgram = residentAction(watchedProgramSchema, async (input, viewer) => {
  const entry = await saveWatchedProgramDal(viewer, input, await getNow());
  revalidatePath("/openings");
  return { ok: true as const, data: entry, message: input.watchId ? "Watchlist entry updated." : "Added to your watchlist." };
});
