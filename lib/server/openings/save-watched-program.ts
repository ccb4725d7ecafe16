import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { uniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { WatchedProgramInput } from "@/lib/validation/openings";

/** Adds a program to the off-cycle watchlist, or edits one of the viewer's entries. */
export async function saveWatchedProgram(viewer: ResidentViewer, input: WatchedProgramInput): Promise<{ id: string }> {
  const data = {
    name: input.name,
    institution: input.institution ?? null,
    specialty: input.specialty ?? null,
    url: input.url ?? null,
    sources: input.sources,
    cadenceDays: input.cadenceDays,
    notes: input.notes ?? null,
  };
  try {
    if (!input.watchId) return await db().watchedProgram.create({ data: { residentId: viewer.residentId, ...data }, select: { id: true } });
    const { count } = await db().watchedProgram.updateMany({ where: { id: input.watchId, residentId: viewer.residentId }, data });
    if (count !== 1) throw new AppError("NOT_FOUND", "That program was not found on your watchlist.");
    return { id: input.watchId };
  } catch (error) {
    if (uniqueViolation(error) === "watched_programs_resident_name_key") {
      const message = "This program is already on your watchlist.";
      throw new AppError("CONFLICT", message, { fieldErrors: { name: [message] } });
    }
    throw error;
  }
}
