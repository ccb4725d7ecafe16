import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";

export async function markReplyReceived(viewer: ResidentViewer, touchId: string, on: string): Promise<void> {
  const { count } = await db().touch.updateMany({
    where: { id: touchId, residentId: viewer.residentId, awaitingReply: true },
    data: { replyReceivedOn: parseDateOnly(on) },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That touch was not found, or it was not waiting for a reply.");
}
