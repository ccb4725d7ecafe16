import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { targetSchema } from "@/lib/validation/workspace";

type TargetInput = z.infer<typeof targetSchema>;

export const specialtyValue = (t: { specialty: string; specialtyOther?: string | null }) =>
  t.specialty === "other" ? `other:${t.specialtyOther ?? ""}` : t.specialty;
const stanceValue = (t: { geoStance: string; geoDetail?: string | null }) => (t.geoStance === "ANYWHERE" ? "ANYWHERE" : `${t.geoStance}:${t.geoDetail ?? ""}`);

/** Saves the target and records every change of specialty or stance, which the consistency warning counts. */
export async function saveTargets(viewer: ResidentViewer, input: TargetInput, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    // Lock the profile row so two saves cannot both read the old target and both skip the history row.
    await tx.$queryRaw`SELECT 1 FROM resident_profiles WHERE user_id = ${viewer.residentId}::uuid FOR UPDATE`;
    const before = await tx.target.findUnique({ where: { residentId: viewer.residentId } });
    const data = {
      specialty: input.specialty,
      specialtyOther: input.specialty === "other" ? (input.specialtyOther ?? null) : null,
      geoStance: input.geoStance,
      geoDetail: input.geoStance === "ANYWHERE" ? null : (input.geoDetail ?? null),
      planB: input.planB ?? null,
      planBDetail: input.planBDetail ?? null,
      unsuccessfulCycles: input.unsuccessfulCycles,
    };
    await tx.target.upsert({ where: { residentId: viewer.residentId }, create: { residentId: viewer.residentId, ...data }, update: data });
    const changes: { field: "SPECIALTY" | "STANCE"; fromValue: string | null; toValue: string }[] = [];
    const newSpecialty = specialtyValue(data);
    const newStance = stanceValue(data);
    if (!before || specialtyValue(before) !== newSpecialty)
      changes.push({ field: "SPECIALTY", fromValue: before ? specialtyValue(before) : null, toValue: newSpecialty });
    if (!before || stanceValue(before) !== newStance) changes.push({ field: "STANCE", fromValue: before ? stanceValue(before) : null, toValue: newStance });
    // The first statement of a target is not a change of mind: only later edits count towards the warning.
    if (before && changes.length) {
      await tx.targetChange.createMany({ data: changes.map((c) => ({ ...c, residentId: viewer.residentId, changedAt: now })) });
    }
  });
}
