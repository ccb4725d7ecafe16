import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { requireOwnPlaybook } from "@/lib/server/openings/playbook-access";

export async function confirmEligibility(viewer: ResidentViewer, input: { playbookId: string; note?: string }, today: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await requireOwnPlaybook(tx, viewer, input.playbookId);
    await tx.openingPlaybook.update({
      where: { id: input.playbookId },
      data: { eligibilityCheckedOn: parseDateOnly(today), eligibilityNote: input.note ?? null },
    });
  });
}
