import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** The resident's own history of messages the rules stopped (from the audit log: rule, program, time). */
export async function listBlockedAttempts(viewer: ResidentViewer, limit = 50) {
  const events = await db().auditEvent.findMany({
    where: { subjectUserId: viewer.residentId, action: "message.blocked" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, createdAt: true, detail: true },
  });
  const details = events.map((e) => (e.detail ?? {}) as { rules?: string[]; programId?: string; kind?: string });
  const ids = [...new Set(details.flatMap((d) => (d.programId ? [d.programId] : [])))];
  const programs = ids.length ? await db().program.findMany({ where: { id: { in: ids }, residentId: viewer.residentId }, select: { id: true, name: true } }) : [];
  const names = new Map(programs.map((p) => [p.id, p.name]));
  return events.map((e, i) => {
    const d = details[i]!;
    return { id: String(e.id), at: e.createdAt, rules: d.rules ?? [], programName: (d.programId && names.get(d.programId)) || "A program you no longer track", programId: d.programId ?? null, kind: d.kind ?? null };
  });
}
