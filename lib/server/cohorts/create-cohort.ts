import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { cohortSchema } from "@/lib/validation/board";

/** The creator becomes the cohort's first moderator. */
export async function createCohort(viewer: ResidentViewer, input: z.infer<typeof cohortSchema>): Promise<{ id: string }> {
  return db().cohort.create({
    data: {
      name: input.name,
      programName: input.programName,
      institution: input.institution,
      year: input.year,
      track: input.track,
      createdBy: viewer.userId,
      memberships: { create: { userId: viewer.userId, role: "MODERATOR" } },
    },
    select: { id: true },
  });
}
