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

export async function createAsk(viewer: ResidentViewer, input: AskInput, today: string): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    orThrowNotFound(await tx.person.findFirst({ where: { id: input.personId, residentId: viewer.residentId }, select: { id: true } }), "That person");
    return tx.ask.create({ data: { residentId: viewer.residentId, personId: input.personId, ...askData(input, today) }, select: { id: true } });
  });
}
