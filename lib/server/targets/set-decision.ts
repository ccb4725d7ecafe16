import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { specialtyLabel } from "@/lib/rules/specialties";
import { specialtyValue } from "@/lib/server/targets/save-targets";
import type { DecisionInput } from "@/lib/validation/workspace";

/**
 * Records the reapply-or-pivot decision. A pivot names the path and the specialty it starts in: that specialty
 * becomes the target (with a history row, and a fresh count of unsuccessful cycles), and the specialty left behind
 * is kept as `pivotFrom` for as long as the decision stands.
 */
export async function setDecision(viewer: ResidentViewer, input: DecisionInput, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    // The same lock as saveTargets, so a pivot and a target save cannot interleave and lose a history row.
    await tx.$queryRaw`SELECT 1 FROM resident_profiles WHERE user_id = ${viewer.residentId}::uuid FOR UPDATE`;
    const before = await tx.target.findUnique({
      where: { residentId: viewer.residentId },
      select: { specialty: true, specialtyOther: true, decision: true, pivotFrom: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "Set your target specialty first, then record the decision.");
    if (input.decision !== "PIVOT") {
      await tx.target.update({
        where: { residentId: viewer.residentId },
        data: { decision: input.decision, decidedAt: input.decision === "UNDECIDED" ? null : now, pivotFrom: null, pivotPath: null },
      });
      return;
    }
    const to = input.pivotSpecialty!;
    if (to === before.specialty) {
      const message = `${specialtyLabel(to)} is already your target. Choose the specialty you are pivoting to.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { pivotSpecialty: [message] } });
    }
    // Changing the path of a pivot already recorded keeps the specialty originally left behind.
    const pivotFrom = before.decision === "PIVOT" && before.pivotFrom ? before.pivotFrom : specialtyValue(before);
    await tx.target.update({
      where: { residentId: viewer.residentId },
      data: {
        decision: "PIVOT",
        decidedAt: now,
        pivotFrom,
        pivotPath: input.pivotPath ?? specialtyLabel(to),
        specialty: to,
        specialtyOther: null,
        unsuccessfulCycles: 0,
      },
    });
    await tx.targetChange.create({
      data: { residentId: viewer.residentId, field: "SPECIALTY", fromValue: specialtyValue(before), toValue: to, changedAt: now },
    });
  });
}
