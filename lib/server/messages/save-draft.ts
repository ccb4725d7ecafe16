import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { evaluateMessage, readMessageText, type Finding } from "@/lib/rules/message-rules";
import { loadMessageContext } from "@/lib/server/messages/load-message-context";
import type { SaveDraftInput } from "@/lib/validation/messages";

export type SavedDraft = { id: string; savedAt: Date; findings: Finding[]; blocked: boolean };

/**
 * Autosave: the draft for this program and kind, written as the resident types, with the server's check of the
 * text at that moment (so a blocked draft keeps its findings wherever it is listed). With a draftId the same draft
 * is updated, which is how a change of kind carries the text along.
 */
export async function saveDraft(viewer: ResidentViewer, input: SaveDraftInput, now: Date): Promise<SavedDraft> {
  // A draft of this kind already existing for this program (written from another tab) breaks
  // message_drafts_program_kind_key, which lib/db/constraints.ts turns into a sentence beside the kind.
  readMessageText(input.subject, input.body);
  return db().$transaction(async (tx) => {
    const context = await loadMessageContext(tx, viewer, input.programId, input.cycleId);
    const empty = input.subject.trim() === "" && input.body.trim() === "";
    const findings = empty
      ? []
      : evaluateMessage({ programId: input.programId, kind: input.kind, subject: input.subject, body: input.body, sentAt: now }, context);
    const blocked = findings.some((f) => f.severity === "block");
    const data = { cycleId: input.cycleId, kind: input.kind, subject: input.subject, body: input.body, findings, blocked, checkedAt: now };
    const existing = input.draftId
      ? await tx.messageDraft.findFirst({ where: { id: input.draftId, residentId: viewer.residentId, programId: input.programId }, select: { id: true } })
      : null;
    const draft = existing
      ? await tx.messageDraft.update({ where: { id: existing.id }, data, select: { id: true, updatedAt: true } })
      : await tx.messageDraft.upsert({
          where: { residentId_programId_kind: { residentId: viewer.residentId, programId: input.programId, kind: input.kind } },
          create: { residentId: viewer.residentId, programId: input.programId, ...data },
          update: data,
          select: { id: true, updatedAt: true },
        });
    return { id: draft.id, savedAt: draft.updatedAt, findings, blocked };
  });
}

export async function deleteDraft(viewer: ResidentViewer, draftId: string): Promise<{ programId: string }> {
  const draft = await db().messageDraft.findFirst({ where: { id: draftId, residentId: viewer.residentId }, select: { id: true, programId: true } });
  if (!draft) throw new AppError("NOT_FOUND", "That draft was not found.");
  await db().messageDraft.deleteMany({ where: { id: draft.id, residentId: viewer.residentId } });
  return { programId: draft.programId };
}
