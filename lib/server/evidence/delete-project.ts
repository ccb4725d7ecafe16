import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deleteProject(viewer: ResidentViewer, projectId: string): Promise<void> {
  const { count } = await db().project.deleteMany({ where: { id: projectId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That project was not found.");
}
