import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deleteWatchedProgram(viewer: ResidentViewer, watchId: string): Promise<void> {
  const { count } = await db().watchedProgram.deleteMany({ where: { id: watchId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found on your watchlist.");
}
