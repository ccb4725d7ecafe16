"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { importProgramsCsv } from "@/lib/server/programs/programs-csv";
import { csvImportSchema } from "@/lib/validation/csv-import";

/** Previews (default) or saves a CSV of programs: adds, updates by id or NRMP code, leaves unchanged rows alone. */
export const importPrograms = residentAction(csvImportSchema, async ({ bytes, commit }, viewer) => {
  const report = await importProgramsCsv(viewer, bytes, commit);
  if (report.imported) revalidatePath("/programs");
  return report;
});
