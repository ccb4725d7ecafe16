import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Checks that the person and rotation a record links to belong to the viewer, inside the write's transaction.
 * The composite foreign keys would refuse another resident's ids anyway; this says which field is wrong, as "not
 * found", without revealing whether the record exists elsewhere.
 */
export async function assertOwnLinks(tx: Tx, viewer: ResidentViewer, links: { personId?: string; personField: string; rotationId?: string }): Promise<void> {
  const [person, rotation] = await Promise.all([
    links.personId ? tx.person.findFirst({ where: { id: links.personId, residentId: viewer.residentId }, select: { id: true } }) : true,
    links.rotationId ? tx.rotation.findFirst({ where: { id: links.rotationId, residentId: viewer.residentId }, select: { id: true } }) : true,
  ]);
  if (!person)
    throw new AppError("NOT_FOUND", "That person was not found in your map.", { fieldErrors: { [links.personField]: ["Choose someone from your people."] } });
  if (!rotation) throw new AppError("NOT_FOUND", "That rotation was not found.", { fieldErrors: { rotationId: ["Choose one of your rotations."] } });
}
