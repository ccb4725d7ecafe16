import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";
import type { ImpressionsInput } from "@/lib/validation/messages";

/** The resident's impressions of one of their programs, one note per program, replaced on every save. */
export async function saveImpressions(viewer: ResidentViewer, input: ImpressionsInput): Promise<void> {
  const program = orThrowNotFound(
    await db().program.findFirst({ where: { id: input.programId, residentId: viewer.residentId }, select: { id: true } }),
    "That program",
  );
  const data = {
    liked: input.liked ?? null,
    concerns: input.concerns ?? null,
    rankThoughts: input.rankThoughts ?? null,
    peopleMet: input.peopleMet ?? null,
    whoToThank: input.whoToThank ?? null,
  };
  await db().programImpression.upsert({
    where: { programId: program.id },
    create: { programId: program.id, residentId: viewer.residentId, ...data },
    update: data,
  });
}
