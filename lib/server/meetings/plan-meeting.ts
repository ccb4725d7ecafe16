import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { orThrowNotFound } from "@/lib/errors";
import type { meetingSchema } from "@/lib/validation/workspace";

export async function planMeeting(viewer: ResidentViewer, input: z.infer<typeof meetingSchema>): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    orThrowNotFound(await tx.person.findFirst({ where: { id: input.personId, residentId: viewer.residentId }, select: { id: true } }), "That person");
    return tx.meeting.create({
      data: {
        residentId: viewer.residentId,
        personId: input.personId,
        kind: input.kind,
        scheduledOn: parseDateOnly(input.scheduledOn),
        questions: input.questions ?? null,
      },
      select: { id: true },
    });
  });
}
