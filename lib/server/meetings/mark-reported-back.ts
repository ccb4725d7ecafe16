import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";

export async function markReportedBack(viewer: ResidentViewer, meetingId: string, on: string): Promise<void> {
  const { count } = await db().meeting.updateMany({
    where: { id: meetingId, residentId: viewer.residentId, status: "DONE" },
    data: { reportedBackOn: parseDateOnly(on) },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That meeting was not found, or it has not happened yet.");
}
