import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function setAList(viewer: ResidentViewer, personId: string, isAList: boolean): Promise<void> {
  const { count } = await db().person.updateMany({ where: { id: personId, residentId: viewer.residentId }, data: { isAList } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That person was not found.");
}
