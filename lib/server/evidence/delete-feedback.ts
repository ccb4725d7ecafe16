import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deleteFeedback(viewer: ResidentViewer, feedbackId: string): Promise<void> {
  const { count } = await db().feedbackQuote.deleteMany({ where: { id: feedbackId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That quote was not found.");
}
