import "server-only";
import { db } from "@/lib/db/client";
import type { ResidentViewer } from "@/lib/auth/viewer";
import type { ResidentProfileInput } from "@/lib/server/profile/schemas";

export async function updateProfile(viewer: ResidentViewer, input: ResidentProfileInput & { name: string }): Promise<void> {
  await db().$transaction([
    db().user.update({ where: { id: viewer.userId }, data: { name: input.name } }),
    db().residentProfile.update({
      where: { userId: viewer.residentId },
      data: {
        track: input.track,
        programName: input.programName,
        institution: input.institution,
        programStartDate: new Date(`${input.programStartDate}T00:00:00Z`),
        isImg: input.isImg === "yes",
        visaStatus: input.visaStatus,
      },
    }),
  ]);
}
