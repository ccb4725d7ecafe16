import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { meetingPrepSchema } from "@/lib/validation/workspace";

export async function updateMeetingPrep(viewer: ResidentViewer, input: z.infer<typeof meetingPrepSchema>): Promise<void> {
  const { count } = await db().meeting.updateMany({
    where: { id: input.meetingId, residentId: viewer.residentId },
    data: { prepCv: input.prepCv, prepGoals: input.prepGoals, prepQuestions: input.prepQuestions, questions: input.questions ?? null },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That meeting was not found.");
}
