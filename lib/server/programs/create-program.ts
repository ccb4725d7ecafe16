import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import type { ProgramInput } from "@/lib/validation/programs";

export function programData(input: ProgramInput) {
  return {
    name: input.name,
    institution: input.institution,
    city: input.city ?? null,
    state: input.state ?? null,
    specialty: input.specialty ?? null,
    nrmpCode: input.nrmpCode ?? null,
    programType: input.programType,
    participatesInMatch: input.participatesInMatch,
    visaSponsorship: input.visaSponsorship,
    imgFriendly: input.imgFriendly,
    postInterviewCommunication: input.postInterviewCommunication,
    status: input.status,
    interviewDate: input.interviewDate ? parseDateOnly(input.interviewDate) : null,
    interviewer: input.interviewer ?? null,
    notes: input.notes ?? null,
  };
}

export async function createProgram(viewer: ResidentViewer, input: ProgramInput): Promise<{ id: string }> {
  return db().program.create({ data: { residentId: viewer.residentId, ...programData(input) }, select: { id: true } });
}
