import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deleteTouch(viewer: ResidentViewer, touchId: string): Promise<void> {
  const { count } = await db().touch.deleteMany({ where: { id: touchId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That touch was not found.");
}
