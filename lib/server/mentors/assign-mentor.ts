import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertOwnLinks } from "@/lib/server/evidence/owned-links";
import type { MentorInput } from "@/lib/validation/mentors";

/** Puts one of the viewer's people in a mentor role (or updates their note and standing there). */
export async function assignMentor(viewer: ResidentViewer, input: MentorInput): Promise<void> {
  // "Strong yes" describes an upper-level resident's opinion; for other roles it is always off (a CHECK agrees).
  const data = { strongYes: input.role === "UPPER_LEVEL" && input.strongYes, note: input.note ?? null };
  await db().$transaction(async (tx) => {
    await assertOwnLinks(tx, viewer, { personId: input.personId, personField: "personId" });
    await tx.mentorAssignment.upsert({
      where: { residentId_role_personId: { residentId: viewer.residentId, role: input.role, personId: input.personId } },
      create: { residentId: viewer.residentId, personId: input.personId, role: input.role, ...data },
      update: data,
    });
  });
}
