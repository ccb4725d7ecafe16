import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "@/lib/server/csv/read-csv";

/**
 * Every CSV the app hands out. A UTF-8 byte-order mark first, so Excel opens names like Łukasz correctly; and a ' in
 * front of any cell a spreadsheet would run as a formula (=, +, -, @, tab, CR: a person named =HYPERLINK(...) stays
 * text). Our import takes the ' off again, so export then import keeps the text exactly.
 */
export function writeCsv(columns: readonly string[], rows: (string | null | undefined)[][]): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map((cell) => neutraliseCell(cell ?? ""))),
    { header: true, columns: [...columns] },
  )}`;
}

/** A CSV download: `<name>-<date>.csv`, never cached (it is one person's data). */
export function csvDownload(name: string, csv: string, date: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="prelim-scout-${name}-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
