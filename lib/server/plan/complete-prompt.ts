import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError, orThrowNotFound } from "@/lib/errors";
import { rotationPrompts, type RotationPromptKey } from "@/lib/rules/year-plan";
import { logTouchesIn } from "@/lib/server/touches/log-touch";

/**
 * Marks a peak-performance prompt done and, when asked, logs the matching touch for each A-list attending of the
 * rotation in the same transaction (feedback in week one is clinical work together; the letter question at the
 * end is a concrete ask).
 */
export async function completePrompt(
  viewer: ResidentViewer,
  input: { rotationId: string; promptKey: RotationPromptKey; logTouch: boolean },
  today: string,
): Promise<{ touches: number }> {
  return db().$transaction(async (tx) => {
    const rotation = orThrowNotFound(
      await tx.rotation.findFirst({
        where: { id: input.rotationId, residentId: viewer.residentId },
        select: { id: true, startsOn: true, endsOn: true, service: true, attendings: { select: { person: { select: { id: true, isAList: true } } } } },
      }),
      "That rotation",
    );
    const prompt = rotationPrompts(rotation).find((p) => p.key === input.promptKey);
    if (!prompt) throw new AppError("NOT_FOUND", "That prompt was not found.");
    const existing = await tx.rotationPromptCompletion.findUnique({ where: { rotationId_promptKey: { rotationId: rotation.id, promptKey: input.promptKey } } });
    if (existing) throw new AppError("CONFLICT", "You already marked this step done.");
    const aList = rotation.attendings.map((a) => a.person).filter((p) => p.isAList);
    const touchKind = input.logTouch ? prompt.touchKind : undefined;
    const touches = touchKind
      ? await logTouchesIn(
          tx,
          viewer,
          aList.map((person) => ({
            personId: person.id,
            kind: touchKind,
            channel: "IN_PERSON",
            occurredOn: touchKind === "CLINICAL_WORK" ? rotation.startsOn : parseDateOnly(today),
            endsOn: touchKind === "CLINICAL_WORK" ? rotation.endsOn : null,
            notes: `${prompt.title} (${rotation.service})`,
          })),
        )
      : [];
    const firstTouch = touches[0]?.id ?? null;
    await tx.rotationPromptCompletion.create({
      data: { rotationId: rotation.id, residentId: viewer.residentId, promptKey: input.promptKey, completedOn: parseDateOnly(today), touchId: firstTouch },
    });
    return { touches: touches.length };
  });
}
