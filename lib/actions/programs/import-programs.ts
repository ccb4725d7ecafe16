"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { importProgramsCsv } from "@/lib/server/programs/programs-csv";

const importSchema = z.object({
  csv: z.string({ message: "Choose a CSV file." }).min(1, "The file is empty.").max(1024 * 1024, "The file is larger than 1 MB; split it and import the parts."),
});

export const importPrograms = residentAction(importSchema, async ({ csv }, viewer) => {
  const report = await importProgramsCsv(viewer, csv);
  if (report.imported) revalidatePath("/programs");
  return report;
});
