import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Person } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { A_LIST_MAX, INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS } from "@/lib/rules/workspace";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { personSchema, type PersonInput } from "@/lib/validation/workspace";
import { personData } from "@/lib/server/people/create-person";
import { duplicateMatch, failedImport, importReport, lineMessage, readCsv, type ImportAction, type ImportReport } from "@/lib/server/csv/read-csv";
import { writeCsv } from "@/lib/server/csv/write-csv";

/** The documented columns, in order. Import accepts them in any order; unknown columns are an error. */
export const PEOPLE_CSV_COLUMNS = ["name", "role", "specialty", "department", "institution", "email", "tags", "a_list", "how_we_met", "personal_note"] as const;
export const PEOPLE_CSV_MAX_ROWS = 1000;

const norm = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
const ROLE_LOOKUP = new Map<string, string>(
  Object.entries(PERSON_ROLE_LABELS).flatMap(([code, label]) => [
    [norm(code), code],
    [norm(label), code],
  ]),
);
const TAG_LOOKUP = new Map<string, string>(
  Object.entries(INFLUENCE_TAG_LABELS).flatMap(([code, label]) => [
    [norm(code), code],
    [norm(label), code],
  ]),
);
const SPECIALTY_LOOKUP = new Map<string, string>(
  SPECIALTIES.flatMap((s) => [[norm(s.id), s.id], [norm(s.label), s.id], ...s.aliases.map((a) => [norm(a), s.id] as [string, string])]),
);

/** The import's columns plus the stable id, which lets a file exported here update the same people on import. */
const EXPORT_COLUMNS = [...PEOPLE_CSV_COLUMNS, "id"] as const;

export async function exportPeopleCsv(viewer: ResidentViewer): Promise<string> {
  const people = await db().person.findMany({ where: { residentId: viewer.residentId }, orderBy: { name: "asc" } });
  return writeCsv(
    EXPORT_COLUMNS,
    people.map((p) => [
      p.name,
      p.role,
      p.specialty,
      p.department,
      p.institution,
      p.email,
      p.tags.join(";"),
      p.isAList ? "yes" : "no",
      p.howWeMet,
      p.personalNote,
      p.id,
    ]),
  );
}

function rowToInput(row: Record<string, string>): Record<string, unknown> {
  const get = (k: string) => (row[k] ?? "").trim();
  const role = get("role");
  const specialty = get("specialty");
  const aList = norm(get("a_list"));
  return {
    name: get("name"),
    role: ROLE_LOOKUP.get(norm(role)) ?? role,
    specialty: specialty ? (SPECIALTY_LOOKUP.get(norm(specialty)) ?? specialty) : "",
    department: get("department"),
    institution: get("institution"),
    email: get("email"),
    tags: get("tags")
      .split(/[;|]/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => TAG_LOOKUP.get(norm(t)) ?? t),
    isAList: ["yes", "y", "true", "1", "x"].includes(aList) ? "yes" : ["", "no", "n", "false", "0"].includes(aList) ? "" : `invalid:${aList}`,
    howWeMet: get("how_we_met"),
    personalNote: get("personal_note"),
  };
}

/** The fields a CSV row sets; private notes are never in a file, so an update leaves them as they are. */
function csvFields(input: PersonInput) {
  const { privateNotes: _privateNotes, ...fields } = personData(input);
  return fields;
}

type Fields = Omit<ReturnType<typeof csvFields>, "specialty" | "tags"> & { specialty: string | null; tags: string[] };
const storedFields = (p: Person): Fields => ({
  name: p.name,
  role: p.role,
  specialty: p.specialty,
  department: p.department,
  institution: p.institution,
  email: p.email,
  tags: [...new Set(p.tags)],
  howWeMet: p.howWeMet,
  personalNote: p.personalNote,
  isAList: p.isAList,
});
const sameFields = (a: Fields, b: Fields) =>
  (Object.keys(a) as (keyof Fields)[]).every(
    (k) => JSON.stringify(k === "tags" ? [...a.tags].sort() : a[k]) === JSON.stringify(k === "tags" ? [...b.tags].sort() : b[k]),
  );

/**
 * Imports people from CSV, all or nothing. A row with the id of one of your people (from an export), or else the
 * email of exactly one of them, updates that person; other rows add people; rows that change nothing are left alone.
 * Without `commit` it only says what it would do. Every problem is reported with its line (the header is line 1).
 */
export async function importPeopleCsv(viewer: ResidentViewer, bytes: Uint8Array, commit: boolean): Promise<ImportReport> {
  const columns = [...PEOPLE_CSV_COLUMNS, "id"];
  const { rows, errors, format } = readCsv(bytes, { columns, required: ["name", "role"], maxRows: PEOPLE_CSV_MAX_ROWS });
  if (errors.length) return failedImport(format, errors);

  const valid: { line: number; input: PersonInput; id: string }[] = [];
  for (const { record, line } of rows) {
    const raw = rowToInput(record);
    if (typeof raw.isAList === "string" && raw.isAList.startsWith("invalid:")) {
      errors.push({ line, message: `Line ${line}: a_list must be yes or no (found "${raw.isAList.slice(8)}").` });
      continue;
    }
    const parsed = personSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(lineMessage(line, parsed.error.issues));
      continue;
    }
    valid.push({ line, input: parsed.data, id: (record.id ?? "").trim() });
  }
  if (errors.length) return failedImport(format, errors);

  return db().$transaction(async (tx) => {
    // One import at a time per resident, so the A-list count below stays true until the rows are written.
    await tx.$queryRaw`SELECT 1 FROM resident_profiles WHERE user_id = ${viewer.residentId}::uuid FOR UPDATE`;
    const existing = await tx.person.findMany({ where: { residentId: viewer.residentId } });
    const byId = new Map(existing.map((p) => [p.id, p]));
    const byEmail = new Map<string, typeof existing>();
    for (const p of existing) if (p.email) byEmail.set(p.email, [...(byEmail.get(p.email) ?? []), p]);

    const seen = new Map<string, number>();
    const plan = valid.flatMap(({ line, input, id }) => {
      const fields = csvFields(input);
      const sameEmail = input.email ? (byEmail.get(input.email) ?? []) : [];
      if (!byId.has(id) && sameEmail.length > 1) {
        errors.push({
          line,
          message: `Line ${line}: ${sameEmail.length} people in your map have the email ${input.email}; add the id column from an export to say which one.`,
        });
        return [];
      }
      const match = byId.get(id) ?? sameEmail[0];
      const duplicate = match ? duplicateMatch(seen, match.id, line, "person") : null;
      if (duplicate) {
        errors.push(duplicate);
        return [];
      }
      const action: ImportAction = !match ? "add" : sameFields(fields, storedFields(match)) ? "unchanged" : "update";
      return [{ line, action, label: input.name, fields, matchId: match?.id ?? null, wasAList: match?.isAList ?? false }];
    });
    if (errors.length) return failedImport(format, errors);

    // The A-list cap counts the map as it would be after the import, not the file on top of it.
    const existingAList = existing.filter((p) => p.isAList).length;
    const joining = plan.filter((p) => p.fields.isAList && !p.wasAList);
    const leaving = plan.filter((p) => !p.fields.isAList && p.wasAList).length;
    if (existingAList + joining.length - leaving > A_LIST_MAX) {
      throw new AppError(
        "RULE_VIOLATION",
        `The A-list holds at most ${A_LIST_MAX} people. You have ${existingAList}, and lines ${joining.map((j) => j.line).join(", ")} would add ${joining.length}. Mark fewer rows a_list=yes and import again.`,
      );
    }
    if (commit) {
      // Those leaving the A-list first, so the database's own cap never sees a momentary eighth.
      const updates = plan.filter((p) => p.action === "update").sort((a, b) => Number(a.fields.isAList) - Number(b.fields.isAList));
      for (const p of updates) await tx.person.update({ where: { id: p.matchId!, residentId: viewer.residentId }, data: p.fields });
      await tx.person.createMany({ data: plan.filter((p) => p.action === "add").map((p) => ({ residentId: viewer.residentId, ...p.fields })) });
    }
    return importReport(format, plan, commit);
  });
}
