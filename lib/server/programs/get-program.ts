import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";
import type { Finding } from "@/lib/rules/message-rules";

/**
 * One of the viewer's programs with its message history (newest first, with how each left the app), its drafts,
 * the impressions note and the oversteps recorded against it; anyone else's is "not found".
 */
export async function getProgram(viewer: ResidentViewer, programId: string) {
  const program = orThrowNotFound(
    await db().program.findFirst({
      where: { id: programId, residentId: viewer.residentId },
      include: {
        messages: {
          orderBy: { sentAt: "desc" },
          select: {
            id: true,
            kind: true,
            subject: true,
            body: true,
            sentAt: true,
            claimsFirstChoice: true,
            confirmedWarnings: true,
            status: true,
            channel: true,
            recipient: true,
            cycle: { select: { name: true } },
          },
        },
        drafts: { orderBy: { updatedAt: "desc" }, select: { id: true, kind: true, subject: true, blocked: true, findings: true, updatedAt: true } },
        impression: { select: { liked: true, concerns: true, rankThoughts: true, peopleMet: true, whoToThank: true, updatedAt: true } },
        oversteps: { orderBy: { occurredOn: "desc" }, select: { id: true, occurredOn: true, kind: true, said: true, who: true, notes: true } },
      },
    }),
    "That program",
  );
  return { ...program, drafts: program.drafts.map((d) => ({ ...d, findings: (Array.isArray(d.findings) ? d.findings : []) as Finding[] })) };
}
export type ProgramDetail = Awaited<ReturnType<typeof getProgram>>;
