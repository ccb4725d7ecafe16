import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { RotationInput } from "@/lib/validation/plan";

async function assertOwnPeople(viewer: ResidentViewer, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await db().person.count({ where: { id: { in: ids }, residentId: viewer.residentId } });
  if (found !== new Set(ids).size) throw new AppError("NOT_FOUND", "One of those attendings was not found in your people.");
}

export async function createRotation(viewer: ResidentViewer, input: RotationInput): Promise<{ id: string }> {
  await assertOwnPeople(viewer, input.attendingIds);
  return db().rotation.create({
    data: {
      residentId: viewer.residentId,
      startsOn: parseDateOnly(input.startsOn),
      endsOn: parseDateOnly(input.endsOn),
      service: input.service,
      site: input.site ?? null,
      notes: input.notes ?? null,
      attendings: { create: [...new Set(input.attendingIds)].map((personId) => ({ personId })) },
    },
    select: { id: true },
  });
}

export async function updateRotation(viewer: ResidentViewer, rotationId: string, input: RotationInput): Promise<void> {
  await assertOwnPeople(viewer, input.attendingIds);
  await db().$transaction(async (tx) => {
    const { count } = await tx.rotation.updateMany({
      where: { id: rotationId, residentId: viewer.residentId },
      data: {
        startsOn: parseDateOnly(input.startsOn),
        endsOn: parseDateOnly(input.endsOn),
        service: input.service,
        site: input.site ?? null,
        notes: input.notes ?? null,
      },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", "That rotation was not found.");
    await tx.rotationAttending.deleteMany({ where: { rotationId, residentId: viewer.residentId } });
    await tx.rotationAttending.createMany({
      data: [...new Set(input.attendingIds)].map((personId) => ({ rotationId, personId, residentId: viewer.residentId })),
    });
  });
}

export async function deleteRotation(viewer: ResidentViewer, rotationId: string): Promise<void> {
  const { count } = await db().rotation.deleteMany({ where: { id: rotationId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That rotation was not found.");
}
