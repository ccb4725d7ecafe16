import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { addDaysUtc, parseDateOnly } from "@/lib/dates";
import { AppError, orThrowNotFound } from "@/lib/errors";
import { logTouchesIn } from "@/lib/server/touches/log-touch";
import type { completeMeetingSchema } from "@/lib/validation/workspace";

/** Days after a meeting when we remind the resident to tell the person how their advice worked out. */
export const REPORT_BACK_AFTER_DAYS = 90;

/**
 * Marks the meeting done, records the advice as action items and logs the matching touch, all in one
 * transaction (an intro meeting is step one of the 3-touch rule; an advice meeting is a follow-up).
 */
export async function completeMeeting(viewer: ResidentViewer, input: z.infer<typeof completeMeetingSchema>): Promise<void> {
  await db().$transaction(async (tx) => {
    const meeting = orThrowNotFound(
      await tx.meeting.findFirst({ where: { id: input.meetingId, residentId: viewer.residentId }, select: { id: true, personId: true, kind: true } }),
      "That meeting",
    );
    const completedOn = parseDateOnly(input.completedOn);
    // Claim the meeting first: of two concurrent submits only one moves it out of PLANNED, the other stops here.
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, residentId: viewer.residentId, status: "PLANNED" },
      data: { status: "DONE", completedOn },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This meeting is already marked as done or was cancelled.");
    const [touch] = await logTouchesIn(tx, viewer, [
      {
        personId: meeting.personId,
        kind: meeting.kind === "INTRO" ? "INTRO_MEETING" : "FOLLOW_UP",
        channel: "MEETING",
        occurredOn: completedOn,
        notes: input.advice ? `Advice: ${input.advice}` : null,
      },
    ]);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        advice: input.advice ?? null,
        reportBackOn: input.reportBackOn ? parseDateOnly(input.reportBackOn) : addDaysUtc(completedOn, REPORT_BACK_AFTER_DAYS),
        touchId: touch!.id,
      },
    });
    if (input.actionItems.length) {
      await tx.actionItem.createMany({ data: input.actionItems.map((text) => ({ residentId: viewer.residentId, meetingId: meeting.id, text })) });
    }
  });
}
