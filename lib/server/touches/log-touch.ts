import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import type { TouchChannel, TouchKind } from "@/lib/db/generated/client";
import { parseDateOnly } from "@/lib/dates";
import { orThrowNotFound } from "@/lib/errors";
import type { TouchInput } from "@/lib/validation/workspace";

/** A touch to record: calendar days as UTC midnights; unset fields take the table's defaults. */
export type NewTouch = {
  personId: string;
  kind: TouchKind;
  channel?: TouchChannel;
  occurredOn: Date;
  endsOn?: Date | null;
  notes?: string | null;
  awaitingReply?: boolean;
  followUpDays?: number;
};

/**
 * The one way touches are written: the touch form, a completed meeting and a rotation prompt all call this inside
 * their own transaction, in one statement however many touches. The people must be the viewer's own; callers read
 * them through a scoped query first, and the composite foreign key touches_person_fkey refuses anyone else's.
 */
export async function logTouchesIn(tx: Tx, viewer: ResidentViewer, touches: NewTouch[]): Promise<{ id: string }[]> {
  if (!touches.length) return [];
  return tx.touch.createManyAndReturn({ data: touches.map((touch) => ({ residentId: viewer.residentId, ...touch })), select: { id: true } });
}

/** The touch form: a touch with the person the resident chose. */
export async function logTouch(viewer: ResidentViewer, input: TouchInput): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    orThrowNotFound(await tx.person.findFirst({ where: { id: input.personId, residentId: viewer.residentId }, select: { id: true } }), "That person");
    const [touch] = await logTouchesIn(tx, viewer, [
      {
        personId: input.personId,
        kind: input.kind,
        channel: input.channel,
        occurredOn: parseDateOnly(input.occurredOn),
        endsOn: input.endsOn ? parseDateOnly(input.endsOn) : null,
        notes: input.notes ?? null,
        awaitingReply: input.awaitingReply,
        followUpDays: input.followUpDays,
      },
    ]);
    return touch!;
  });
}
