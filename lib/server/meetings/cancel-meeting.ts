import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function cancelMeeting(viewer: ResidentViewer, meetingId: string): Promise<void> {
  const { count } = await db().meeting.updateMany({
    where: { id: meetingId, residentId: viewer.residentId, status: "PLANNED" },
    data: { status: "CANCELLED" },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That meeting was not found, or it is no longer planned.");
}
