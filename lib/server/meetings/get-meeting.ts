import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";

export async function getMeeting(viewer: ResidentViewer, meetingId: string) {
  return orThrowNotFound(
    await db().meeting.findFirst({
      where: { id: meetingId, residentId: viewer.residentId },
      include: { person: { select: { id: true, name: true, role: true } }, actionItems: { orderBy: { createdAt: "asc" } } },
    }),
    "That meeting",
  );
}
