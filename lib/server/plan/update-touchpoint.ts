import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import type { touchpointSchema } from "@/lib/validation/plan";

export async function updateTouchpoint(viewer: ResidentViewer, input: z.infer<typeof touchpointSchema>): Promise<void> {
  const data = { status: input.status, onDate: input.onDate ? parseDateOnly(input.onDate) : null, notes: input.notes ?? null };
  await db().pdTouchpoint.upsert({
    where: { residentId_key: { residentId: viewer.residentId, key: input.key } },
    create: { residentId: viewer.residentId, key: input.key, ...data },
    update: data,
  });
}
