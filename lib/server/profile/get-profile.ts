import "server-only";
import { db } from "@/lib/db/client";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { orThrowNotFound } from "@/lib/errors";

export type ProfileDto = {
  name: string;
  email: string;
  track: string;
  programName: string;
  institution: string;
  programStartDate: string;
  isImg: boolean;
  visaStatus: string;
};

export async function getProfile(viewer: ResidentViewer): Promise<ProfileDto> {
  const profile = orThrowNotFound(
    await db().residentProfile.findUnique({
      where: { userId: viewer.residentId },
      select: {
        track: true,
        programName: true,
        institution: true,
        programStartDate: true,
        isImg: true,
        visaStatus: true,
        user: { select: { name: true, email: true } },
      },
    }),
    "Your profile",
  );
  return {
    name: profile.user.name,
    email: profile.user.email,
    track: profile.track,
    programName: profile.programName,
    institution: profile.institution,
    programStartDate: profile.programStartDate.toISOString().slice(0, 10),
    isImg: profile.isImg,
    visaStatus: profile.visaStatus,
  };
}
