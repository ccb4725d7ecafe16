import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ProgramInput } from "@/lib/validation/programs";
import { programData } from "@/lib/server/programs/create-program";

export async function updateProgram(viewer: ResidentViewer, programId: string, input: ProgramInput): Promise<void> {
  const { count } = await db().program.updateMany({ where: { id: programId, residentId: viewer.residentId }, data: programData(input) });
  if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found.");
}
