import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { BragSheetInput } from "@/lib/validation/evidence";

/** The parts of every brag sheet that are the same for each writer: CV and personal statement draft. */
export async function saveBragSheet(viewer: ResidentViewer, input: BragSheetInput): Promise<void> {
  const data = { cvUrl: input.cvUrl ?? null, cvNotes: input.cvNotes ?? null, statementDraft: input.statementDraft ?? null };
  await db().bragSheet.upsert({ where: { residentId: viewer.residentId }, create: { residentId: viewer.residentId, ...data }, update: data });
}
