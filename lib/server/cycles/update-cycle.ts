import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { cycleSchema } from "@/lib/validation/programs";

export async function updateCycle(viewer: ResidentViewer, input: z.infer<typeof cycleSchema>): Promise<void> {
  const { count } = await db().matchCycle.updateMany({
    where: { id: input.cycleId, residentId: viewer.residentId },
    data: {
      applicationsOpen: parseDateOnly(input.applicationsOpen),
      rankListDeadline: parseDateOnly(input.rankListDeadline),
      matchWeekMonday: parseDateOnly(input.matchWeekMonday),
      soapEnd: parseDateOnly(input.soapEnd),
      matchDay: parseDateOnly(input.matchDay),
      trainingStart: parseDateOnly(input.trainingStart),
    },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That match cycle was not found.");
}
