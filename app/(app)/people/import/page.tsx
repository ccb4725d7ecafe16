import type { Metadata } from "next";
import { ImportForm } from "@/components/people/import-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS } from "@/lib/rules/workspace";
import { PEOPLE_CSV_COLUMNS, PEOPLE_CSV_MAX_ROWS } from "@/lib/server/people/people-csv";

export const metadata: Metadata = { title: "Import people" };

export default async function ImportPeoplePage() {
  await requireResident();
  return (
    <>
      <PageHeader
        title="Import people from CSV"
        description="First a preview of what the file adds, updates and leaves as it is; nothing is saved until you confirm. All or nothing: if any line has a problem, nothing is imported and every problem is listed with its line number."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Upload">
          <ImportForm />
        </Card>
        <Card title="Columns">
          <p className="text-sm">
            The first line is the header. Columns, in any order: <code>{PEOPLE_CSV_COLUMNS.join(", ")}</code>. Only <code>name</code> and <code>role</code> are
            required. At most {PEOPLE_CSV_MAX_ROWS} rows per file. Comma, semicolon or tab separated, in UTF-8, UTF-16 or Windows-1252 (what Excel saves): the
            preview says what it found.
          </p>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="font-medium">role</dt>
              <dd>The role or its code, e.g. {Object.values(PERSON_ROLE_LABELS).slice(0, 4).join(", ")}…</dd>
            </div>
            <div>
              <dt className="font-medium">specialty</dt>
              <dd>A specialty name such as Internal medicine or Dermatology.</dd>
            </div>
            <div>
              <dt className="font-medium">tags</dt>
              <dd>Separated by semicolons: {Object.values(INFLUENCE_TAG_LABELS).join("; ")}.</dd>
            </div>
            <div>
              <dt className="font-medium">a_list</dt>
              <dd>yes or no (at most 7 people on the A-list in all).</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm">
            Tip: export your map first to get a file in exactly this format. Its <code>id</code> column lets an edited export update the same people; without
            it, a row whose email matches someone in your map updates them, and every other row adds a person.
          </p>
        </Card>
      </div>
    </>
  );
}
