import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";
import type { SeasonTaskKind } from "@/lib/rules/interview-season";

/** "I don't need this one": the task for this program's interview stays closed; done twice is the same as once. */
export async function dismissSeasonTask(viewer: ResidentViewer, input: { programId: string; kind: SeasonTaskKind; interviewDate: Date }): Promise<void> {
  const program = orThrowNotFound(
    await db().program.findFirst({ where: { id: input.programId, residentId: viewer.residentId }, select: { id: true } }),
    "That program",
  );
  await db().seasonTaskDismissal.upsert({
    where: {
      residentId_programId_kind_interviewDate: { residentId: viewer.residentId, programId: program.id, kind: input.kind, interviewDate: input.interviewDate },
    },
    create: { residentId: viewer.residentId, programId: program.id, kind: input.kind, interviewDate: input.interviewDate },
    update: {},
  });
}
