import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** Names for pickers (choose a person for an ask, a rotation attending, a template). */
export async function listPersonOptions(viewer: ResidentViewer): Promise<{ id: string; name: string; isAList: boolean }[]> {
  return db().person.findMany({ where: { residentId: viewer.residentId }, orderBy: { name: "asc" }, select: { id: true, name: true, isAList: true } });
}
