import { z } from "zod";

export const CSV_MAX_BYTES = 1024 * 1024;

/**
 * A CSV upload: the file's bytes as base64 (the browser does not decode it, so the server can tell Windows-1252 from
 * UTF-8 and UTF-16), and whether to save (`commit`) or only preview what would change.
 */
export const csvImportSchema = z
  .object({
    file: z
      .string({ message: "Choose a CSV file." })
      .min(1, "The file is empty.")
      .max(Math.ceil(CSV_MAX_BYTES / 3) * 4, "The file is larger than 1 MB; split it and import the parts.")
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file could not be read; choose it again."),
    commit: z.boolean().default(false),
  })
  .transform(({ file, commit }) => ({ bytes: new Uint8Array(Buffer.from(file, "base64")), commit }));
