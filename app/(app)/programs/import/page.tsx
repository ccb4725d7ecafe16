import type { Metadata } from "next";
import { ImportProgramsForm } from "@/components/programs/import-programs-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { PROGRAM_CSV_COLUMNS, PROGRAM_CSV_MAX_ROWS } from "@/lib/server/programs/programs-csv";

export const metadata: Metadata = { title: "Import programs" };

export default async function ImportProgramsPage() {
  await requireResident();
  return (
    <>
      <PageHeader
        title="Import programs from CSV"
        description="First a preview of what the file adds, updates and leaves as it is; nothing is saved until you confirm. All or nothing: a problem on any line is reported with its line number and nothing is saved."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Upload">
          <ImportProgramsForm />
        </Card>
        <Card title="Columns">
          <p className="text-sm">
            Header line first. Columns in any order: <code>{PROGRAM_CSV_COLUMNS.join(", ")}</code>. Required: <code>name</code> and <code>institution</code>. At
            most {PROGRAM_CSV_MAX_ROWS} rows.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            <li>program_type: categorical, preliminary, advanced or reserved (or C, P, A, R); taken from the NRMP code when empty.</li>
            <li>visa_sponsorship: J-1, H-1B, both, none or unknown.</li>
            <li>participates_in_match, img_friendly, post_interview_communication: yes, no or unknown.</li>
            <li>interview_date: YYYY-MM-DD.</li>
            <li>id: from an export; a row with the id, or else the NRMP code, of a program you track updates it instead of adding a copy.</li>
          </ul>
          <p className="mt-2 text-sm">
            Comma, semicolon or tab separated, in UTF-8, UTF-16 or Windows-1252 (what Excel saves): the preview says what it found.
          </p>
        </Card>
      </div>
    </>
  );
}
