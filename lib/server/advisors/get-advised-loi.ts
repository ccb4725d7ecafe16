import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { readAdvisedCycle } from "@/lib/server/advisors/advised-reads";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/** Whether and where the letter of intent went this cycle, and which program was told it is the first choice (loi_status). */
export async function getAdvisedLoi(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "loi");
  const s = a.scopes;
  const cycle = await readAdvisedCycle(a, now);
  if (!cycle) return { name: a.name, cycleName: null, letterOfIntent: null, firstChoice: null };
  const [loi, claim] = await Promise.all([
    db().message.findFirst({
      where: { residentId: a.residentId, cycleId: cycle.id, kind: "LETTER_OF_INTENT" },
      select: { ...advisorSelect(s, "Message", ["sentAt"]), program: { select: advisorSelect(s, "Program", ["name"]) } },
    }),
    db().firstChoiceClaim.findFirst({
      where: { residentId: a.residentId, cycleId: cycle.id },
      select: { program: { select: advisorSelect(s, "Program", ["name"]) } },
    }),
  ]);
  return {
    name: a.name,
    cycleName: cycle.name,
    letterOfIntent: loi ? { programName: loi.program.name, sentAt: loi.sentAt } : null,
    firstChoice: claim ? { programName: claim.program.name } : null,
  };
}
