import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/**
 * The resident's own history of messages the rules stopped (from the audit log: rules, program, draft, time). The
 * program is named with its institution, so two programs of the same name stay apart; a draft that still exists can
 * be reopened from the list.
 */
export async function listBlockedAttempts(viewer: ResidentViewer, limit = 50) {
  const events = await db().auditEvent.findMany({
    where: { subjectUserId: viewer.residentId, action: "message.blocked" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, createdAt: true, detail: true },
  });
  const details = events.map((e) => (e.detail ?? {}) as { rules?: string[]; programId?: string; kind?: string; draftId?: string | null });
  const programIds = [...new Set(details.flatMap((d) => (d.programId ? [d.programId] : [])))];
  const [programs, drafts] = programIds.length
    ? await Promise.all([
        db().program.findMany({ where: { id: { in: programIds }, residentId: viewer.residentId }, select: { id: true, name: true, institution: true } }),
        db().messageDraft.findMany({
          where: { programId: { in: programIds }, residentId: viewer.residentId },
          select: { id: true, programId: true, kind: true },
        }),
      ])
    : [[], []];
  const byId = new Map(programs.map((p) => [p.id, p]));
  return events.map((e, i) => {
    const d = details[i]!;
    const program = d.programId ? byId.get(d.programId) : undefined;
    // The draft the attempt came from, or (for attempts recorded before drafts existed) the one now open for that program and kind.
    const draft = drafts.find((x) => x.id === d.draftId) ?? drafts.find((x) => x.programId === d.programId && x.kind === d.kind);
    return {
      id: String(e.id),
      at: e.createdAt,
      rules: d.rules ?? [],
      program: program ? { id: program.id, name: program.name, institution: program.institution } : null,
      kind: d.kind ?? null,
      draftHref: program && draft ? `/programs/${program.id}/compose?kind=${draft.kind}` : null,
    };
  });
}
