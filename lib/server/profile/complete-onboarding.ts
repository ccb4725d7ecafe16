import "server-only";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ResidentProfileInput } from "@/lib/server/profile/schemas";

type StatedTarget = { specialty?: string; specialtyOther?: string; geoStance: "ANYWHERE" | "PREFER_REGION" | "TIED_TO_PLACE"; geoDetail?: string };

/**
 * Chooses the role once; a second call (another tab, a replay) changes nothing. A resident's profile records the day
 * they joined (from the app's clock: due dates start there), and the target if they named one.
 */
export async function completeOnboarding(
  userId: string,
  input: { role: "ADVISOR" } | ({ role: "RESIDENT" } & ResidentProfileInput & StatedTarget),
  now: Date,
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
          joinedOn: startOfDayUtc(now),
        },
      });
      // The first statement of a target is not a change of mind, so no history row (as on /targets).
      if (input.specialty) {
        await tx.target.create({
          data: {
            residentId: userId,
            specialty: input.specialty,
            specialtyOther: input.specialty === "other" ? (input.specialtyOther ?? null) : null,
            geoStance: input.geoStance,
            geoDetail: input.geoStance === "ANYWHERE" ? null : (input.geoDetail ?? null),
          },
        });
      }
    }
    await recordEvent({ actorId: userId, subjectUserId: userId, action: "account.onboarded", detail: { role: input.role } }, tx);
  });
}
