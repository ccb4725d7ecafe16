"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Report = { imported: number; errors: { line: number; message: string }[] };

/** Reads a CSV file in the browser and sends its text to an all-or-nothing import action, then shows the report. */
export function CsvImportForm({ action, noun, listHref, listLabel }: { action: (input: { csv: string }) => Promise<ActionResult<Report>>; noun: [string, string]; listHref: string; listLabel: string }) {
  const [pending, startTransition] = useTransition();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    setReport(null);
    setError(null);
    if (!file) return setError("Choose a CSV file first.");
    if (file.size > 1024 * 1024) return setError("The file is larger than 1 MB; split it and import the parts.");
    startTransition(async () => {
      const result = await action({ csv: await file.text() });
      if (!result.ok) return setError(result.fieldErrors?.csv?.join(" ") ?? result.message);
      setReport(result.data);
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="file" className="block text-sm font-medium">
          CSV file
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:font-semibold file:text-white" />
      </div>
      <FormMessage state={error ? { ok: false, message: error } : null} />
      {report && report.errors.length > 0 ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">Nothing was imported. Fix these lines and try again:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {report.errors.map((e) => (
              <li key={`${e.line}-${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report && report.errors.length === 0 ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          Imported {report.imported} {report.imported === 1 ? noun[0] : noun[1]}.{" "}
          <Link href={listHref} className="underline">
            {listLabel}
          </Link>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
