"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { createRotation, updateRotation } from "@/lib/server/plan/rotations";
import { rotationSchema } from "@/lib/validation/plan";

export const saveRotation = residentAction(
  z.intersection(rotationSchema, z.object({ rotationId: z.preprocess((v) => (v === "" ? undefined : v), z.string().uuid().optional()) })),
  async ({ rotationId, ...input }, viewer) => {
    const id = rotationId ? (await updateRotation(viewer, rotationId, input), rotationId) : (await createRotation(viewer, input)).id;
    revalidatePath("/plan");
    revalidatePath("/dashboard");
    return { ok: true as const, data: { id }, message: rotationId ? "Rotation updated." : "Rotation added." };
  },
);
