import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function setDecision(viewer: ResidentViewer, decision: "UNDECIDED" | "REAPPLY" | "PIVOT", now: Date): Promise<void> {
  const { count } = await db().target.updateMany({
    where: { residentId: viewer.residentId },
    data: { decision, decidedAt: decision === "UNDECIDED" ? null : now },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "Set your target specialty first, then record the decision.");
}
