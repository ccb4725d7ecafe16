"use client";

import { importPrograms } from "@/lib/actions/programs/import-programs";
import { CsvImportForm } from "@/components/ui/csv-import-form";

export function ImportProgramsForm() {
  return <CsvImportForm action={importPrograms} noun={["program", "programs"]} listHref="/programs" listLabel="See your programs" />;
}
