import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

export async function setPhaseDone(viewer: ResidentViewer, key: string, done: boolean): Promise<void> {
  if (done) {
    await db().phaseCompletion.upsert({
      where: { residentId_phaseKey: { residentId: viewer.residentId, phaseKey: key } },
      create: { residentId: viewer.residentId, phaseKey: key },
      update: {},
    });
  } else {
    await db().phaseCompletion.deleteMany({ where: { residentId: viewer.residentId, phaseKey: key } });
  }
}
