import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function updateActionItem(viewer: ResidentViewer, itemId: string, status: "OPEN" | "DONE" | "DROPPED"): Promise<void> {
  const { count } = await db().actionItem.updateMany({ where: { id: itemId, residentId: viewer.residentId }, data: { status } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That action item was not found.");
}
