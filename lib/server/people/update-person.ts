import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PersonInput } from "@/lib/validation/workspace";
import { personData } from "@/lib/server/people/create-person";

export async function updatePerson(viewer: ResidentViewer, personId: string, input: PersonInput): Promise<void> {
  const { count } = await db().person.updateMany({ where: { id: personId, residentId: viewer.residentId }, data: personData(input) });
  if (count !== 1) throw new AppError("NOT_FOUND", "That person was not found.");
}
