import { uniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";

/** Unique indexes a person can run into by typing, each with the field it belongs to and what to tell them. */
const KNOWN_CONFLICTS: Record<string, { field: string; message: string }> = {
  feedback_quotes_same_quote_key: { field: "quote", message: "You already saved these words from this person on that day." },
  watched_programs_resident_name_key: { field: "name", message: "This program is already on your watchlist." },
};

/** For a `.catch`: a known unique violation becomes a CONFLICT on its field; anything else is thrown on unchanged. */
export function rethrowKnownConflict(error: unknown): never {
  const known = KNOWN_CONFLICTS[uniqueViolation(error) ?? ""];
  if (known) throw new AppError("CONFLICT", known.message, { fieldErrors: { [known.field]: [known.message] } });
  throw error;
}
