import "server-only";
import { parse } from "csv-parse/sync";

export type CsvLineError = { line: number; message: string };
export type CsvRow = { record: Record<string, string>; line: number };

/**
 * Parses a CSV upload with a header line into rows that know their physical line number (quoted fields may span
 * lines), or the reasons it cannot be used. Headers are matched case-insensitively, spaces as underscores.
 */
export function readCsv(text: string, opts: { columns: readonly string[]; required: readonly string[]; maxRows: number }): { rows: CsvRow[]; errors: CsvLineError[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/\s+/g, "_")),
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      bom: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; code?: string };
    const line = typeof e.lines === "number" ? e.lines : 1;
    const reason = e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" || e.code === "CSV_RECORD_INCONSISTENT_COLUMNS" ? "this row has a different number of columns than the header" : "the file could not be read as CSV";
    return { rows: [], errors: [{ line, message: `Line ${line}: ${reason}.` }] };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, message: "The file has no rows under the header." }] };
  if (records.length > opts.maxRows) return { rows: [], errors: [{ line: 1, message: `The file has ${records.length} rows; import at most ${opts.maxRows} at a time.` }] };
  const header = Object.keys(records[0]!.record);
  const errors: CsvLineError[] = [];
  const unknown = header.filter((h) => !opts.columns.includes(h));
  if (unknown.length) {
    errors.push({ line: 1, message: `Line 1: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}. Use: ${opts.columns.join(", ")}.` });
  }
  const missing = opts.required.filter((r) => !header.includes(r));
  if (missing.length) errors.push({ line: 1, message: `Line 1: the header needs the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.` });
  if (errors.length) return { rows: [], errors };
  return { rows: records.map((r) => ({ record: r.record, line: r.info.lines })), errors: [] };
}

/** "Line 4: role: Choose their role.; email: …" from zod issues. */
export function lineMessage(line: number, issues: { path: PropertyKey[]; message: string }[]): CsvLineError {
  return { line, message: `Line ${line}: ${issues.map((i) => `${String(i.path[0] ?? "row")}: ${i.message}`).join("; ")}` };
}
