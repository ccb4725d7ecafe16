import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";

/** "Checked today": the next reminder comes one cadence later. */
export async function markWatchChecked(viewer: ResidentViewer, watchId: string, today: string): Promise<void> {
  const { count } = await db().watchedProgram.updateMany({
    where: { id: watchId, residentId: viewer.residentId },
    data: { lastCheckedOn: parseDateOnly(today) },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found on your watchlist.");
}
