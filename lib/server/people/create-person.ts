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

export async function createPerson(viewer: ResidentViewer, input: PersonInput): Promise<{ id: string }> {
  return db().person.create({ data: { residentId: viewer.residentId, ...personData(input) }, select: { id: true } });
}
