"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { importPeopleCsv } from "@/lib/server/people/people-csv";
import { csvImportSchema } from "@/lib/validation/csv-import";

/** Previews (default) or saves a CSV of people: adds, updates by id or email, leaves unchanged rows alone. */
export const importPeople = residentAction(csvImportSchema, async ({ bytes, commit }, viewer) => {
  const report = await importPeopleCsv(viewer, bytes, commit);
  if (report.imported) {
    revalidatePath("/people");
    revalidatePath("/dashboard");
  }
  return report;
});
