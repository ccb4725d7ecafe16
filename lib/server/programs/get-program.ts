import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";

/** One of the viewer's programs with its message history (newest first); anyone else's is "not found". */
export async function getProgram(viewer: ResidentViewer, programId: string) {
  return orThrowNotFound(
    await db().program.findFirst({
      where: { id: programId, residentId: viewer.residentId },
      include: {
        messages: {
          orderBy: { sentAt: "desc" },
          select: { id: true, kind: true, subject: true, body: true, sentAt: true, claimsFirstChoice: true, confirmedWarnings: true, cycle: { select: { name: true } } },
        },
      },
    }),
    "That program",
  );
}
export type ProgramDetail = Awaited<ReturnType<typeof getProgram>>;
