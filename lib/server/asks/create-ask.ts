import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { orThrowNotFound } from "@/lib/errors";
import type { AskInput } from "@/lib/validation/workspace";

export function askData(input: AskInput, today: string) {
  const date = (v: string | undefined) => (v ? parseDateOnly(v) : null);
  return {
    kind: input.kind,
    status: input.status,
    plannedOn: date(input.plannedOn),
    // Anything past "planned" has been asked; default the date to today rather than refuse.
    askedOn: input.status === "PLANNED" ? date(input.askedOn) : (date(input.askedOn) ?? parseDateOnly(today)),
    respondedOn: date(input.respondedOn),
    fromPrelimYear: input.fromPrelimYear,
    notes: input.notes ?? null,
  };
}

/**
 * One open ask (planned, asked, agreed) per person and kind, held by the index asks_open_person_kind_key: a second
 * one is almost always the same ask submitted twice. Say so, and where to go instead.
 */
export async function createAsk(viewer: ResidentViewer, input: AskInput, today: string): Promise<{ id: string }> {
  // A second open ask of the same kind for the person breaks asks_open_person_kind_key (lib/db/constraints.ts).
  return db().$transaction(async (tx) => {
    orThrowNotFound(await tx.person.findFirst({ where: { id: input.personId, residentId: viewer.residentId }, select: { id: true } }), "That person");
    return tx.ask.create({ data: { residentId: viewer.residentId, personId: input.personId, ...askData(input, today) }, select: { id: true } });
  });
}
