import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Stops acting on an opening. The asks and program it created stay: they are the resident's own records. */
export async function stopPlaybook(viewer: ResidentViewer, playbookId: string): Promise<void> {
  const { count } = await db().openingPlaybook.deleteMany({ where: { id: playbookId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That playbook was not found.");
}
