import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { readPage } from "@/lib/pagination";
import type { Finding } from "@/lib/rules/message-rules";

/**
 * A page of the resident's open drafts (`blocked: false`) or of the drafts the rules are holding (`blocked: true`),
 * LIST_PAGE_SIZE newest first, with the rules their last check found.
 */
export async function listDrafts(viewer: ResidentViewer, { blocked, page }: { blocked: boolean; page?: number }) {
  const where = { residentId: viewer.residentId, blocked };
  const drafts = await readPage(
    page,
    () => db().messageDraft.count({ where }),
    (skip, take) =>
      db().messageDraft.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        skip,
        take,
        select: {
          id: true,
          kind: true,
          subject: true,
          blocked: true,
          findings: true,
          updatedAt: true,
          program: { select: { id: true, name: true, institution: true } },
        },
      }),
  );
  return { ...drafts, items: drafts.items.map((d) => ({ ...d, findings: (Array.isArray(d.findings) ? d.findings : []) as Finding[] })) };
}

/** Messages that passed the gate and wait for "I sent it" / "I didn't send it". */
export async function listPendingMessages(viewer: ResidentViewer, programId?: string) {
  return db().message.findMany({
    where: { residentId: viewer.residentId, status: "PENDING", ...(programId ? { programId } : {}) },
    orderBy: { sentAt: "desc" },
    select: { id: true, kind: true, subject: true, sentAt: true, channel: true, program: { select: { id: true, name: true, institution: true } } },
  });
}
