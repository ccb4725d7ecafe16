import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deleteProgram(viewer: ResidentViewer, programId: string): Promise<void> {
  const { count } = await db().program.deleteMany({ where: { id: programId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found.");
}
