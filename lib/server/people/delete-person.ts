import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deletePerson(viewer: ResidentViewer, personId: string): Promise<void> {
  const { count } = await db().person.deleteMany({ where: { id: personId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That person was not found.");
}
