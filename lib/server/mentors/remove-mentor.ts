import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { MentorRole } from "@/lib/labels/evidence";

export async function removeMentor(viewer: ResidentViewer, input: { personId: string; role: MentorRole }): Promise<void> {
  const { count } = await db().mentorAssignment.deleteMany({ where: { residentId: viewer.residentId, personId: input.personId, role: input.role } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That mentor was not found on your board.");
}
