import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { violatedConstraint } from "@/lib/db/errors";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { toDateOnly } from "@/lib/dates";
import type { Program } from "@/lib/db/generated/client";
import { duplicateMatch, failedImport, importReport, lineMessage, readCsv, type ImportAction, type ImportReport } from "@/lib/server/csv/read-csv";
import { writeCsv } from "@/lib/server/csv/write-csv";
import { programData } from "@/lib/server/programs/create-program";
import { AppError } from "@/lib/errors";
import { PROGRAM_STATUS_LABELS, PROGRAM_TYPE_LABELS, VISA_SPONSORSHIP_LABELS, programSchema, type ProgramInput } from "@/lib/validation/programs";

export const PROGRAM_CSV_COLUMNS = [
  "name",
  "institution",
  "city",
  "state",
  "specialty",
  "nrmp_code",
  "program_type",
  "participates_in_match",
  "visa_sponsorship",
  "img_friendly",
  "post_interview_communication",
  "status",
  "interview_date",
  "notes",
] as const;
export const PROGRAM_CSV_MAX_ROWS = 1000;

const norm = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
const lookup = (labels: Record<string, string>) =>
  new Map(
    Object.entries(labels).flatMap(([code, label]) => [
      [norm(code), code],
      [norm(label), code],
    ]),
  );
const TYPE = lookup(PROGRAM_TYPE_LABELS);
for (const [letter, code] of [
  ["c", "CATEGORICAL"],
  ["p", "PRELIMINARY"],
  ["a", "ADVANCED"],
  ["r", "RESERVED"],
  ["categorical", "CATEGORICAL"],
  ["preliminary", "PRELIMINARY"],
  ["transitional", "PRELIMINARY"],
  ["advanced", "ADVANCED"],
  ["reserved", "RESERVED"],
] as const)
  TYPE.set(letter, code);
const VISA = lookup(VISA_SPONSORSHIP_LABELS);
for (const [k, v] of [
  ["j 1", "J1"],
  ["h 1b", "H1B"],
  ["both", "J1_AND_H1B"],
  ["j 1 and h 1b", "J1_AND_H1B"],
  ["none", "NONE"],
] as const)
  VISA.set(k, v);
const STATUS = lookup(PROGRAM_STATUS_LABELS);
const SPECIALTY = new Map(
  SPECIALTIES.flatMap((s) => [[norm(s.id), s.id], [norm(s.label), s.id], ...s.aliases.map((a) => [norm(a), s.id] as [string, string])]),
);
const tri = (v: string) =>
  ["yes", "y", "true", "1"].includes(norm(v))
    ? "YES"
    : ["no", "n", "false", "0"].includes(norm(v))
      ? "NO"
      : v.trim() === "" || norm(v) === "unknown"
        ? "UNKNOWN"
        : v;

function rowToInput(row: Record<string, string>): Record<string, unknown> {
  const get = (k: string) => (row[k] ?? "").trim();
  const mapped = (map: Map<string, string>, value: string, fallback?: string) => (value ? (map.get(norm(value)) ?? value) : fallback);
  const participates = get("participates_in_match");
  return {
    name: get("name"),
    institution: get("institution"),
    city: get("city"),
    state: get("state"),
    specialty: mapped(SPECIALTY, get("specialty"), ""),
    nrmpCode: get("nrmp_code"),
    programType: mapped(TYPE, get("program_type"), get("nrmp_code").length === 9 ? TYPE.get(get("nrmp_code")[7]!.toLowerCase()) : "CATEGORICAL"),
    participatesInMatch: participates === "" ? "yes" : tri(participates) === "YES" ? "yes" : tri(participates) === "NO" ? "" : "invalid",
    visaSponsorship: mapped(VISA, get("visa_sponsorship"), "UNKNOWN"),
    imgFriendly: tri(get("img_friendly")),
    postInterviewCommunication: tri(get("post_interview_communication")),
    status: mapped(STATUS, get("status"), "RESEARCHING"),
    interviewDate: get("interview_date"),
    notes: get("notes"),
  };
}

const EXPORT_COLUMNS = [...PROGRAM_CSV_COLUMNS, "id"] as const;

/** Every field the import reads, so export then import is an identity; plus the stable id. */
export function programsCsv(programs: Program[]): string {
  return writeCsv(
    EXPORT_COLUMNS,
    programs.map((p) => [
      p.name,
      p.institution,
      p.city,
      p.state,
      p.specialty,
      p.nrmpCode,
      p.programType,
      p.participatesInMatch ? "yes" : "no",
      p.visaSponsorship,
      p.imgFriendly,
      p.postInterviewCommunication,
      p.status,
      p.interviewDate ? toDateOnly(p.interviewDate) : "",
      p.notes,
      p.id,
    ]),
  );
}

export async function exportProgramsCsv(viewer: ResidentViewer): Promise<string> {
  return programsCsv(await db().program.findMany({ where: { residentId: viewer.residentId }, orderBy: { name: "asc" } }));
}

type Fields = ReturnType<typeof programData>;
const FIELD_KEYS = [
  "name",
  "institution",
  "city",
  "state",
  "specialty",
  "nrmpCode",
  "programType",
  "participatesInMatch",
  "visaSponsorship",
  "imgFriendly",
  "postInterviewCommunication",
  "status",
  "interviewDate",
  "notes",
] as const;
const sameFields = (a: Fields, b: Program) => FIELD_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/**
 * All or nothing, like the people import. A row with the id of one of your programs (from an export), or else its
 * NRMP code, updates that program; other rows add programs. Without `commit` it only says what it would do.
 */
export async function importProgramsCsv(viewer: ResidentViewer, bytes: Uint8Array, commit: boolean): Promise<ImportReport> {
  const { rows, errors, format } = readCsv(bytes, { columns: [...EXPORT_COLUMNS], required: ["name", "institution"], maxRows: PROGRAM_CSV_MAX_ROWS });
  if (errors.length) return failedImport(format, errors);
  const valid: { line: number; input: ProgramInput; id: string }[] = [];
  const seenCodes = new Map<string, number>();
  for (const { record, line } of rows) {
    const raw = rowToInput(record);
    if (raw.participatesInMatch === "invalid") {
      errors.push({ line, message: `Line ${line}: participates_in_match must be yes or no.` });
      continue;
    }
    const parsed = programSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(lineMessage(line, parsed.error.issues));
      continue;
    }
    const code = parsed.data.nrmpCode;
    if (code && seenCodes.has(code)) {
      errors.push({ line, message: `Line ${line}: nrmp_code ${code} already appears on line ${seenCodes.get(code)}.` });
      continue;
    }
    if (code) seenCodes.set(code, line);
    valid.push({ line, input: parsed.data, id: (record.id ?? "").trim() });
  }
  if (errors.length) return failedImport(format, errors);

  return db()
    .$transaction(async (tx) => {
      const existing = await tx.program.findMany({ where: { residentId: viewer.residentId } });
      const byId = new Map(existing.map((p) => [p.id, p]));
      const byCode = new Map(existing.filter((p) => p.nrmpCode).map((p) => [p.nrmpCode!, p]));
      const seen = new Map<string, number>();
      const plan = valid.flatMap(({ line, input, id }) => {
        const fields = programData(input);
        const match = byId.get(id) ?? (input.nrmpCode ? byCode.get(input.nrmpCode) : undefined);
        const duplicate = match ? duplicateMatch(seen, match.id, line, "program") : null;
        if (duplicate) {
          errors.push(duplicate);
          return [];
        }
        const action: ImportAction = !match ? "add" : sameFields(fields, match) ? "unchanged" : "update";
        return [{ line, action, label: `${input.name}, ${input.institution}`, fields, matchId: match?.id ?? null }];
      });
      if (errors.length) return failedImport(format, errors);
      if (commit) {
        for (const p of plan.filter((p) => p.action === "update"))
          await tx.program.update({ where: { id: p.matchId!, residentId: viewer.residentId }, data: p.fields });
        await tx.program.createMany({ data: plan.filter((p) => p.action === "add").map((p) => ({ residentId: viewer.residentId, ...p.fields })) });
      }
      return importReport(format, plan, commit);
    })
    .catch((error: unknown) => {
      // The table's sentence names one program; an import needs to say that nothing of the file was saved.
      if (violatedConstraint(error)?.name === "programs_resident_nrmp_code_key") {
        throw new AppError(
          "CONFLICT",
          "A program with one of these NRMP codes was added at the same time, or a row gives one program another's NRMP code. Nothing was imported.",
        );
      }
      throw error;
    });
}
