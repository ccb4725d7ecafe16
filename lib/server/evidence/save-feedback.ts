import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { assertOwnLinks } from "@/lib/server/evidence/owned-links";
import type { FeedbackInput } from "@/lib/validation/evidence";

/** Saves feedback worth quoting, in the giver's words; the same words from the same person on the same day are kept once. */
export async function saveFeedback(viewer: ResidentViewer, input: FeedbackInput): Promise<{ id: string }> {
  const data = {
    personId: input.personId,
    rotationId: input.rotationId ?? null,
    receivedOn: parseDateOnly(input.receivedOn),
    quote: input.quote,
    context: input.context ?? null,
    source: input.source,
  };
  return db().$transaction(async (tx) => {
    await assertOwnLinks(tx, viewer, { personId: input.personId, personField: "personId", rotationId: input.rotationId });
    if (!input.feedbackId) return tx.feedbackQuote.create({ data: { residentId: viewer.residentId, ...data }, select: { id: true } });
    const { count } = await tx.feedbackQuote.updateMany({ where: { id: input.feedbackId, residentId: viewer.residentId }, data });
    if (count !== 1) throw new AppError("NOT_FOUND", "That quote was not found.");
    return { id: input.feedbackId };
  });
}
