import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly, startOfDayUtc } from "@/lib/dates";
import { AppError, orThrowNotFound } from "@/lib/errors";
import type { OverstepInput } from "@/lib/validation/messages";

/** What a program said that overstepped NRMP rules, quoted, against one of the resident's programs. */
export async function recordOverstep(viewer: ResidentViewer, input: OverstepInput, now: Date): Promise<{ id: string }> {
  const occurredOn = parseDateOnly(input.occurredOn);
  if (occurredOn > startOfDayUtc(now))
    throw new AppError("VALIDATION", "That date is in the future.", {
      fieldErrors: { occurredOn: ["Enter the day it happened; it cannot be in the future."] },
    });
  const program = orThrowNotFound(
    await db().program.findFirst({ where: { id: input.programId, residentId: viewer.residentId }, select: { id: true } }),
    "That program",
  );
  return db().programOverstep.create({
    data: {
      residentId: viewer.residentId,
      programId: program.id,
      occurredOn,
      kind: input.kind,
      said: input.said,
      who: input.who ?? null,
      notes: input.notes ?? null,
    },
    select: { id: true },
  });
}

export async function deleteOverstep(viewer: ResidentViewer, overstepId: string): Promise<{ programId: string }> {
  const row = orThrowNotFound(
    await db().programOverstep.findFirst({ where: { id: overstepId, residentId: viewer.residentId }, select: { id: true, programId: true } }),
    "That record",
  );
  await db().programOverstep.deleteMany({ where: { id: row.id, residentId: viewer.residentId } });
  return { programId: row.programId };
}
