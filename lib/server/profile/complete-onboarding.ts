import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ResidentProfileInput } from "@/lib/server/profile/schemas";

/** Chooses the role once; a second call (another tab, a replay) changes nothing. */
export async function completeOnboarding(
  userId: string,
  input: { role: "ADVISOR" } | ({ role: "RESIDENT" } & ResidentProfileInput),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, role: null }, data: { role: input.role } });
    if (count !== 1) throw new AppError("CONFLICT", "You have already finished setting up your account.");
    if (input.role === "RESIDENT") {
      await tx.residentProfile.create({
        data: {
          userId,
          track: input.track,
          programName: input.programName,
          institution: input.institution,
          programStartDate: new Date(`${input.programStartDate}T00:00:00Z`),
          isImg: input.isImg === "yes",
          visaStatus: input.visaStatus,
        },
      });
    }
    await recordEvent({ actorId: userId, subjectUserId: userId, action: "account.onboarded", detail: { role: input.role } }, tx);
  });
}
