import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { orThrowNotFound } from "@/lib/errors";
import type { TouchInput } from "@/lib/validation/workspace";

export async function logTouchIn(tx: Tx, viewer: ResidentViewer, input: TouchInput): Promise<{ id: string }> {
  // The person must be the viewer's own; the composite foreign key enforces the same in the database.
  orThrowNotFound(await tx.person.findFirst({ where: { id: input.personId, residentId: viewer.residentId }, select: { id: true } }), "That person");
  return tx.touch.create({
    data: {
      residentId: viewer.residentId,
      personId: input.personId,
      kind: input.kind,
      channel: input.channel,
      occurredOn: parseDateOnly(input.occurredOn),
      endsOn: input.endsOn ? parseDateOnly(input.endsOn) : null,
      notes: input.notes ?? null,
      awaitingReply: input.awaitingReply,
      followUpDays: input.followUpDays,
    },
    select: { id: true },
  });
}

export async function logTouch(viewer: ResidentViewer, input: TouchInput): Promise<{ id: string }> {
  return db().$transaction((tx) => logTouchIn(tx, viewer, input));
}
