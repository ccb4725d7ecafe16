import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { WatchedProgramInput } from "@/lib/validation/openings";

/**
 * Adds a program to the off-cycle watchlist, or edits one of the viewer's entries. A new entry is dated by the business
 * clock (`now`), as checking it is, so its first check falls on the day it was added on that clock.
 */
export async function saveWatchedProgram(viewer: ResidentViewer, input: WatchedProgramInput, now: Date): Promise<{ id: string }> {
  const data = {
    name: input.name,
    institution: input.institution ?? null,
    specialty: input.specialty ?? null,
    url: input.url ?? null,
    sources: input.sources,
    cadenceDays: input.cadenceDays,
    notes: input.notes ?? null,
  };
  if (!input.watchId) return db().watchedProgram.create({ data: { residentId: viewer.residentId, ...data, createdAt: now }, select: { id: true } });
  const { count } = await db().watchedProgram.updateMany({ where: { id: input.watchId, residentId: viewer.residentId }, data });
  if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found on your watchlist.");
  return { id: input.watchId };
}
