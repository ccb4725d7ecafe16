import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AskInput } from "@/lib/validation/workspace";
import { askData } from "@/lib/server/asks/create-ask";

export async function updateAsk(viewer: ResidentViewer, askId: string, input: AskInput, today: string): Promise<void> {
  const { count } = await db().ask.updateMany({ where: { id: askId, residentId: viewer.residentId, personId: input.personId }, data: askData(input, today) });
  if (count !== 1) throw new AppError("NOT_FOUND", "That ask was not found.");
}
