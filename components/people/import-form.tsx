"use client";

import { importPeople } from "@/lib/actions/people/import-people";
import { CsvImportForm } from "@/components/ui/csv-import-form";

export function ImportForm() {
  return <CsvImportForm action={importPeople} noun={["person", "people"]} listHref="/people" listLabel="See your map" />;
}
