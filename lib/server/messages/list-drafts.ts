import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Finding } from "@/lib/rules/message-rules";

/** The resident's drafts (optionally for one program), newest first, with the rules their last check found. */
export async function listDrafts(viewer: ResidentViewer, programId?: string) {
  const drafts = await db().messageDraft.findMany({
    where: { residentId: viewer.residentId, ...(programId ? { programId } : {}) },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      kind: true,
      subject: true,
      blocked: true,
      findings: true,
      updatedAt: true,
      program: { select: { id: true, name: true, institution: true } },
    },
  });
  return drafts.map((d) => ({ ...d, findings: (Array.isArray(d.findings) ? d.findings : []) as Finding[] }));
}

/** Messages that passed the gate and wait for "I sent it" / "I didn't send it". */
export async function listPendingMessages(viewer: ResidentViewer, programId?: string) {
  return db().message.findMany({
    where: { residentId: viewer.residentId, status: "PENDING", ...(programId ? { programId } : {}) },
    orderBy: { sentAt: "desc" },
    select: { id: true, kind: true, subject: true, sentAt: true, channel: true, program: { select: { id: true, name: true, institution: true } } },
  });
}
