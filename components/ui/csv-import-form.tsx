"use client";

import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";

type Report = {
  committed: boolean;
  imported: number;
  added: number;
  updated: number;
  unchanged: number;
  encoding: string;
  delimiter: string;
  errors: { line: number; message: string }[];
  rows: { line: number; action: "add" | "update" | "unchanged"; label: string }[];
};
type Action = (input: { file: string; commit: boolean }) => Promise<ActionResult<Report>>;

const ACTION_LABELS = { add: "Add", update: "Update", unchanged: "No change" } as const;
const plural = (n: number, noun: [string, string]) => `${n} ${n === 1 ? noun[0] : noun[1]}`;

/** The bytes as base64: the server, not the browser, decides the encoding (Excel's Windows-1252, UTF-16, UTF-8). */
async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Two steps: the file is checked and previewed (what it adds, updates and leaves alone, and how it was read), then
 * saved only when the user confirms. All or nothing on the server.
 */
export function CsvImportForm({ action, noun, listHref, listLabel }: { action: Action; noun: [string, string]; listHref: string; listLabel: string }) {
  const [report, setReport] = useState<Report | null>(null);
  const [file, setFile] = useState<string | null>(null);
  // The report is this component's own state, and the lists it changes are on other pages: nothing to refresh.
  const { run: send, pending, fieldErrors, error, fail, reset } = useAction(action, { onSuccess: setReport, refresh: false });
  const run = (data: string, commit: boolean) => void send({ file: data, commit });

  async function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    setReport(null);
    reset();
    if (!chosen) return fail("Choose a CSV file first.");
    if (chosen.size > 1024 * 1024) return fail("The file is larger than 1 MB; split it and import the parts.");
    const data = await fileAsBase64(chosen);
    setFile(data);
    run(data, false);
  }

  const changes = report ? report.added + report.updated : 0;
  return (
    <div className="space-y-4">
      <form onSubmit={onPreview} className="space-y-4" noValidate>
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium">
            CSV file
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={() => setReport(null)}
            className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:font-semibold file:text-white"
          />
        </div>
        <button type="submit" disabled={pending} className={buttonClass(report && !report.committed ? "secondary" : "primary")}>
          {pending && !report ? "Checking…" : "Check the file"}
        </button>
      </form>
      <FormMessage state={error ? { ok: false, message: fieldErrors.file?.join(" ") ?? error } : null} />
      <div aria-live="polite" className="space-y-3">
        {report ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Read as {report.encoding}, separated by {report.delimiter === "tab" ? "tabs" : `${report.delimiter}s`}.
          </p>
        ) : null}
        {report && report.errors.length > 0 ? (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            <p className="font-semibold">Nothing was imported. Fix these lines and try again:</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {report.errors.map((e) => (
                <li key={`${e.line}-${e.message}`}>{e.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {report && report.errors.length === 0 && !report.committed ? (
          <div className="space-y-3 rounded-md border border-slate-300 p-3 text-sm dark:border-slate-600">
            <p className="font-semibold">
              This file would add {plural(report.added, noun)}, update {report.updated}, and leave {report.unchanged} as they are. Nothing is saved yet.
            </p>
            <div className="max-h-80 overflow-auto">
              <table className="w-full text-left">
                <caption className="sr-only">What each line of the file would do</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-3">
                      Line
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Change
                    </th>
                    <th scope="col" className="py-1">
                      Row
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((r) => (
                    <tr key={r.line} className="border-t border-slate-200 dark:border-slate-700">
                      <td className="py-1 pr-3 tabular-nums">{r.line}</td>
                      <td className="py-1 pr-3">{ACTION_LABELS[r.action]}</td>
                      <td className="py-1 break-words">{r.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="flex flex-wrap gap-2">
              <button type="button" disabled={pending || changes === 0 || !file} className={buttonClass("primary")} onClick={() => file && run(file, true)}>
                {pending ? "Importing…" : changes === 0 ? "Nothing to import" : `Import ${plural(changes, ["change", "changes"])}`}
              </button>
            </div>
          </div>
        ) : null}
        {report && report.committed ? (
          <div
            role="status"
            className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
          >
            Added {plural(report.added, noun)} and updated {report.updated}.{" "}
            <Link href={listHref} className="underline">
              {listLabel}
            </Link>
          </div>
        ) : null}
      </div>
    </div>
  );
}
