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
  return events.map((e) => {
    const d = (e.detail ?? {}) as { rules?: string[]; programName?: string; programId?: string; kind?: string };
    return { id: String(e.id), at: e.createdAt, rules: d.rules ?? [], programName: d.programName ?? "A program", programId: d.programId ?? null, kind: d.kind ?? null };
  });
}
