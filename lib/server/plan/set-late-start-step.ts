import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import type { LateStartStepKey } from "@/lib/rules/year-plan";

/** Ticks a step of the viewer's own late-start plan off (dated today), or back on. Ticking twice keeps one row. */
export async function setLateStartStep(viewer: ResidentViewer, key: LateStartStepKey, done: boolean, now: Date): Promise<void> {
  if (done) {
    await db().lateStartStep.upsert({
      where: { residentId_stepKey: { residentId: viewer.residentId, stepKey: key } },
      create: { residentId: viewer.residentId, stepKey: key, doneOn: startOfDayUtc(now) },
      update: {},
    });
  } else {
    await db().lateStartStep.deleteMany({ where: { residentId: viewer.residentId, stepKey: key } });
  }
}
