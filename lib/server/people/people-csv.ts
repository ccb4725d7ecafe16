import "server-only";
import { stringify } from "csv-stringify/sync";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { A_LIST_MAX, INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS } from "@/lib/rules/workspace";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { personSchema, type PersonInput } from "@/lib/validation/workspace";
import { personData } from "@/lib/server/people/create-person";
import { lineMessage, readCsv, type CsvLineError } from "@/lib/server/csv/read-csv";

/** The documented columns, in order. Import accepts them in any order; unknown columns are an error. */
export const PEOPLE_CSV_COLUMNS = ["name", "role", "specialty", "department", "institution", "email", "tags", "a_list", "how_we_met", "personal_note"] as const;
export const PEOPLE_CSV_MAX_ROWS = 1000;

const norm = (v: string) => v.trim().toLowerCase().replace(/[\s_-]+/g, " ");
const ROLE_LOOKUP = new Map<string, string>(Object.entries(PERSON_ROLE_LABELS).flatMap(([code, label]) => [[norm(code), code], [norm(label), code]]));
const TAG_LOOKUP = new Map<string, string>(Object.entries(INFLUENCE_TAG_LABELS).flatMap(([code, label]) => [[norm(code), code], [norm(label), code]]));
const SPECIALTY_LOOKUP = new Map<string, string>(SPECIALTIES.flatMap((s) => [[norm(s.id), s.id], [norm(s.label), s.id], ...s.aliases.map((a) => [norm(a), s.id] as [string, string])]));

export async function exportPeopleCsv(viewer: ResidentViewer): Promise<string> {
  const people = await db().person.findMany({ where: { residentId: viewer.residentId }, orderBy: { name: "asc" } });
  return stringify(
    people.map((p) => [p.name, p.role, p.specialty ?? "", p.department ?? "", p.institution ?? "", p.email ?? "", p.tags.join(";"), p.isAList ? "yes" : "no", p.howWeMet ?? "", p.personalNote ?? ""]),
    { header: true, columns: [...PEOPLE_CSV_COLUMNS] },
  );
}

export type ImportReport = { imported: number; errors: CsvLineError[] };

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

/**
 * Imports people from CSV, all or nothing: every row is checked first, and any problem is reported with its line
 * number (the header is line 1) while nothing is saved.
 */
export async function importPeopleCsv(viewer: ResidentViewer, text: string): Promise<ImportReport> {
  const { rows, errors } = readCsv(text, { columns: PEOPLE_CSV_COLUMNS, required: ["name", "role"], maxRows: PEOPLE_CSV_MAX_ROWS });
  if (errors.length) return { imported: 0, errors };

  const valid: { line: number; input: PersonInput }[] = [];
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
    valid.push({ line, input: parsed.data });
  }
  if (errors.length) return { imported: 0, errors };

  const newAList = valid.filter((v) => v.input.isAList);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM resident_profiles WHERE user_id = ${viewer.residentId}::uuid FOR UPDATE`;
    const existingAList = await tx.person.count({ where: { residentId: viewer.residentId, isAList: true } });
    if (existingAList + newAList.length > A_LIST_MAX) {
      const lines = newAList.map((v) => v.line).join(", ");
      throw new AppError("RULE_VIOLATION", `The A-list holds at most ${A_LIST_MAX} people. You have ${existingAList}, and lines ${lines} would add ${newAList.length}. Mark fewer rows a_list=yes and import again.`);
    }
    await tx.person.createMany({ data: valid.map((v) => ({ residentId: viewer.residentId, ...personData(v.input) })) });
    return { imported: valid.length, errors: [] };
  });
}
