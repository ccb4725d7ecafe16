import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deleteAsk(viewer: ResidentViewer, askId: string): Promise<void> {
  const { count } = await db().ask.deleteMany({ where: { id: askId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That ask was not found.");
}
