"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { importPeopleCsv } from "@/lib/server/people/people-csv";

const MAX_BYTES = 1024 * 1024;

const importSchema = z.object({
  csv: z.string({ message: "Choose a CSV file." }).min(1, "The file is empty.").max(MAX_BYTES, "The file is larger than 1 MB; split it and import the parts."),
});

export const importPeople = residentAction(importSchema, async ({ csv }, viewer) => {
  const report = await importPeopleCsv(viewer, csv);
  if (report.imported) {
    revalidatePath("/people");
    revalidatePath("/dashboard");
  }
  return report;
});
