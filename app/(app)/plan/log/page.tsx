import type { Metadata } from "next";
import { LogEntryForm } from "@/components/plan/log-entry-form";
import { PlanNav } from "@/components/plan/plan-nav";
import { PrintButton } from "@/components/plan/print-button";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { deleteLogEntry } from "@/lib/actions/plan/delete-log-entry";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { pageParamSchema } from "@/lib/pagination";
import { getRunningLogPage } from "@/lib/server/plan/running-log";

export const metadata: Metadata = { title: "Running log" };

const monthLabel = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

export default async function RunningLogPage({ searchParams }: { searchParams: Promise<{ month?: string; page?: string }> }) {
  const viewer = await requireResident();
  const { month: raw, page: rawPage } = await searchParams;
  const month = raw && /^\d{4}-\d{2}$/.test(raw) ? raw : null;
  const [{ rows: shown, months }, now] = await Promise.all([getRunningLogPage(viewer, month, pageParamSchema.parse(rawPage)), getNow()]);
  const rows = shown.items;
  return (
    <>
      <PageHeader
        title="Running log"
        description="Month by month: where you were, who you worked with, what you did and what comes next. It feeds letter requests and your advisor's view."
        action={
          <div className="no-print flex flex-wrap gap-2">
            <a href={`/api/plan/log${month ? `?month=${month}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
            <PrintButton />
          </div>
        }
      />
      <PlanNav current="/plan/log" />
      <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="month" className="block text-sm font-medium">
            Month
          </label>
          <select id="month" name="month" defaultValue={month ?? ""} className={inputClass}>
            <option value="">All months</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Show
        </button>
      </form>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white print:border-0 dark:border-slate-700 dark:bg-slate-900">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Running log{month ? ` for ${monthLabel(month)}` : ""}</caption>
          <thead className="bg-slate-50 dark:bg-slate-800 print:bg-white">
            <tr>
              <th scope="col" className="px-3 py-2">
                Date
              </th>
              <th scope="col" className="px-3 py-2">
                Rotation / service
              </th>
              <th scope="col" className="px-3 py-2">
                Key faculty
              </th>
              <th scope="col" className="px-3 py-2">
                Action taken
              </th>
              <th scope="col" className="px-3 py-2">
                Next step
              </th>
              <th scope="col" className="no-print px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-slate-600 dark:text-slate-400">
                  Nothing logged{month ? " this month" : " yet"}. Touches, meetings and rotations appear here by themselves.
                </td>
              </tr>
            ) : (
              rows.map((r, i) => (
                <tr key={`${r.source}-${r.id ?? i}-${toDateOnly(r.date)}`} className="border-t border-slate-200 align-top dark:border-slate-700">
                  <td className="whitespace-nowrap px-3 py-2">{formatDay(r.date)}</td>
                  <td className="px-3 py-2">{r.service ?? ""}</td>
                  <td className="px-3 py-2">{r.faculty ?? ""}</td>
                  <td className="px-3 py-2">{r.action}</td>
                  <td className="px-3 py-2">{r.nextStep ?? ""}</td>
                  <td className="no-print px-3 py-2">
                    {r.source === "manual" && r.id ? (
                      <ActionButton
                        action={deleteLogEntry}
                        input={{ entryId: r.id }}
                        variant="ghost"
                        className="min-h-9 px-2 py-1"
                        confirm={{ title: "Delete this row?", body: "Only rows you wrote by hand can be deleted here.", confirmLabel: "Delete row" }}
                      >
                        Delete
                      </ActionButton>
                    ) : null}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {shown.pageCount > 1 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Rows {shown.from}–{shown.to} of {shown.total}, newest first. Printing prints these rows; choose a month to print it whole, or export the CSV for every
          row.
        </p>
      ) : null}
      <div className="no-print">
        <Pagination
          page={shown.page}
          pageCount={shown.pageCount}
          label="Pages of the running log"
          href={(p) => pageHref("/plan/log", { month: month ?? undefined }, p)}
        />
      </div>
      <Card title="Add a row by hand" className="no-print mt-4">
        <LogEntryForm today={toDateOnly(now)} />
      </Card>
    </>
  );
}
