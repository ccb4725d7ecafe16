import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { PersonInput } from "@/lib/validation/workspace";

export function personData(input: PersonInput) {
  return {
    name: input.name,
    role: input.role,
    specialty: input.specialty ?? null,
    department: input.department ?? null,
    institution: input.institution ?? null,
    email: input.email ?? null,
    tags: [...new Set(input.tags)],
    howWeMet: input.howWeMet ?? null,
    personalNote: input.personalNote ?? null,
    privateNotes: input.privateNotes ?? null,
    isAList: input.isAList,
  };
}

/** `now` (the app's clock) dates the person's arrival on the map: their reminders count from it. */
export async function createPerson(viewer: ResidentViewer, input: PersonInput, now: Date): Promise<{ id: string }> {
  return db().person.create({ data: { residentId: viewer.residentId, ...personData(input), createdAt: now }, select: { id: true } });
}
