import "server-only";
import { parse } from "csv-parse/sync";

export type CsvLineError = { line: number; message: string };
export type CsvRow = { record: Record<string, string>; line: number };
export type CsvEncoding = "UTF-8" | "UTF-8 with BOM" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1252";
export type CsvDelimiter = "comma" | "semicolon" | "tab";
/** What the import preview tells the user about how their file was read. */
export type CsvFormat = { encoding: CsvEncoding; delimiter: CsvDelimiter };

const DELIMITERS: Record<CsvDelimiter, string> = { comma: ",", semicolon: ";", tab: "\t" };

/**
 * The text of an uploaded file. Spreadsheets save CSV in several encodings: Excel on Windows "CSV (Comma
 * delimited)" is Windows-1252, "Unicode text" is UTF-16 with a byte-order mark, everything else UTF-8 with or without
 * one. Decoded with the WHATWG Encoding Standard decoders built into Node (TextDecoder): a byte-order mark decides;
 * otherwise bytes that are valid UTF-8 are UTF-8, and anything else is read as Windows-1252, which (unlike Latin-1)
 * has the curly quotes and dashes Excel writes.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (starts(0xef, 0xbb, 0xbf)) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "UTF-8 with BOM" };
  if (starts(0xff, 0xfe)) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16 LE" };
  if (starts(0xfe, 0xff)) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16 BE" };
  // UTF-16 without a mark: ASCII text has a zero byte in every other position.
  const sample = bytes.subarray(0, 400);
  const zeros = (offset: number) => sample.filter((b, i) => i % 2 === offset && b === 0).length;
  if (sample.length >= 4 && zeros(1) > sample.length / 4) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16 LE" };
  if (sample.length >= 4 && zeros(0) > sample.length / 4) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16 BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "Windows-1252" };
  }
}

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, "_");

/**
 * Comma, semicolon (Excel where the decimal separator is a comma) or tab (copied from a sheet): the one whose first
 * line splits into the most known column names, then into the most cells.
 */
function detectDelimiter(text: string, columns: readonly string[]): CsvDelimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  let best: { delimiter: CsvDelimiter; known: number; cells: number } = { delimiter: "comma", known: -1, cells: 0 };
  for (const [name, char] of Object.entries(DELIMITERS) as [CsvDelimiter, string][]) {
    let cells: string[];
    try {
      cells = (parse(firstLine, { delimiter: char, relax_quotes: true, to_line: 1 }) as string[][])[0] ?? [];
    } catch {
      continue;
    }
    const known = cells.filter((c) => columns.includes(normaliseHeader(c))).length;
    if (known > best.known || (known === best.known && cells.length > best.cells)) best = { delimiter: name, known, cells: cells.length };
  }
  return best.delimiter;
}

/** Export puts a ' before a cell that a spreadsheet would run as a formula; import takes it off again. */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const restoreCell = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);

/**
 * Parses a CSV upload with a header line into rows that know their physical line number (quoted fields may span
 * lines), or the reasons it cannot be used, and says which encoding and delimiter it found. Headers are matched
 * case-insensitively, spaces as underscores.
 */
export function readCsv(
  bytes: Uint8Array,
  opts: { columns: readonly string[]; required: readonly string[]; maxRows: number },
): { rows: CsvRow[]; errors: CsvLineError[]; format: CsvFormat } {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text, opts.columns);
  const format = { encoding, delimiter };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: DELIMITERS[delimiter],
      columns: (header: string[]) => header.map(normaliseHeader),
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      cast: (value) => restoreCell(value),
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; code?: string };
    const line = typeof e.lines === "number" ? e.lines : 1;
    const reason =
      e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" || e.code === "CSV_RECORD_INCONSISTENT_COLUMNS"
        ? "this row has a different number of columns than the header"
        : `the file could not be read as CSV (read as ${encoding}, separated by ${delimiter}s)`;
    return { rows: [], errors: [{ line, message: `Line ${line}: ${reason}.` }], format };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, message: "The file has no rows under the header." }], format };
  if (records.length > opts.maxRows)
    return { rows: [], errors: [{ line: 1, message: `The file has ${records.length} rows; import at most ${opts.maxRows} at a time.` }], format };
  const header = Object.keys(records[0]!.record);
  const errors: CsvLineError[] = [];
  const unknown = header.filter((h) => !opts.columns.includes(h));
  if (unknown.length) {
    errors.push({
      line: 1,
      message: `Line 1: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}. Use: ${opts.columns.join(", ")}.`,
    });
  }
  const missing = opts.required.filter((r) => !header.includes(r));
  if (missing.length) errors.push({ line: 1, message: `Line 1: the header needs the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.` });
  if (errors.length) return { rows: [], errors, format };
  return { rows: records.map((r) => ({ record: r.record, line: r.info.lines })), errors: [], format };
}

/** "Line 4: role: Choose their role.; email: …" from zod issues. */
export function lineMessage(line: number, issues: { path: PropertyKey[]; message: string }[]): CsvLineError {
  return { line, message: `Line ${line}: ${issues.map((i) => `${String(i.path[0] ?? "row")}: ${i.message}`).join("; ")}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Import plans: what a file would add, update or leave unchanged, shown before anything is saved
// ---------------------------------------------------------------------------------------------------------------

export type ImportAction = "add" | "update" | "unchanged";
export type ImportReport = CsvFormat & {
  /** True when the rows were saved; false for a preview (or when there are errors). */
  committed: boolean;
  /** Rows saved: added plus updated (0 for a preview). */
  imported: number;
  added: number;
  updated: number;
  unchanged: number;
  errors: CsvLineError[];
  /** The first rows of the plan, for the preview table. */
  rows: { line: number; action: ImportAction; label: string }[];
};

export const PREVIEW_ROWS = 50;

export function failedImport(format: CsvFormat, errors: CsvLineError[]): ImportReport {
  return { ...format, committed: false, imported: 0, added: 0, updated: 0, unchanged: 0, errors, rows: [] };
}

export function importReport(format: CsvFormat, plan: { line: number; action: ImportAction; label: string }[], committed: boolean): ImportReport {
  const count = (action: ImportAction) => plan.filter((p) => p.action === action).length;
  const [added, updated] = [count("add"), count("update")];
  return {
    ...format,
    committed,
    imported: committed ? added + updated : 0,
    added,
    updated,
    unchanged: count("unchanged"),
    errors: [],
    rows: plan.slice(0, PREVIEW_ROWS).map(({ line, action, label }) => ({ line, action, label })),
  };
}

/** Two rows of one file that match the same record are an error, not an update applied twice. */
export function duplicateMatch(seen: Map<string, number>, key: string, line: number, what: string): CsvLineError | null {
  const first = seen.get(key);
  if (first !== undefined) return { line, message: `Line ${line}: this is the same ${what} as line ${first}; keep one of the two rows.` };
  seen.set(key, line);
  return null;
}
