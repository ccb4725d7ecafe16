import "server-only";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditInput = {
  actorId: string | null;
  subjectUserId: string | null;
  action: string;
  section?: string;
  detail?: Prisma.InputJsonValue;
};

/** Appends to the audit log (the table refuses updates and deletes). Pass `tx` to commit with the change itself. */
export async function recordEvent(input: AuditInput, tx?: Tx): Promise<void> {
  await (tx ?? db()).auditEvent.create({
    data: {
      actorId: input.actorId,
      subjectUserId: input.subjectUserId,
      action: input.action,
      section: input.section ?? null,
      detail: input.detail ?? {},
    },
  });
}
