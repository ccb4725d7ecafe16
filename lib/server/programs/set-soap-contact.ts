import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";

/** Records that the program reached out first during SOAP, which lifts the SOAP blackout for it. */
export async function setSoapContact(viewer: ResidentViewer, programId: string, on: string | undefined): Promise<void> {
  const { count } = await db().program.updateMany({
    where: { id: programId, residentId: viewer.residentId },
    data: { soapContactOn: on ? parseDateOnly(on) : null },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found.");
}
