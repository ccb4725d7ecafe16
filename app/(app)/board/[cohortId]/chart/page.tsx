import type { Metadata } from "next";
import Link from "next/link";
import { OpeningsChartLazy } from "@/components/board/openings-chart-lazy";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { loadOr404 } from "@/lib/page-data";
import { openingsByMonth } from "@/lib/server/board/openings-by-month";

export const metadata: Metadata = { title: "Openings by month" };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export default async function ChartPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const viewer = await requireResident();
  const { cohortId } = await params;
  const now = await getNow();
  const data = await loadOr404(cohortId, () => openingsByMonth(viewer, cohortId, now));
  const rows = data.map((r) => ({ ...r, label: `${MONTHS[Number(r.month.slice(5, 7)) - 1]} ${r.month.slice(2, 4)}` }));
  const total = rows.reduce((n, r) => n + r.openings + r.vacancyIntel, 0);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/board/${cohortId}`} className="underline">
          Back to the board
        </Link>
      </p>
      <PageHeader title="Openings by month" description="Openings trickle in all year (resignations, switches, dismissals) and spike around SOAP in March. Last twelve months." />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={`${total} posts in twelve months`}>
          <OpeningsChartLazy rows={rows} />
        </Card>
        <Card title="The numbers">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Openings and vacancy intel posted per month</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-1">Month</th>
                <th scope="col" className="py-1 text-right">Openings</th>
                <th scope="col" className="py-1 text-right">Vacancy intel</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.month} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 font-normal">{r.label}</th>
                  <td className="py-1 text-right">{r.openings}</td>
                  <td className="py-1 text-right">{r.vacancyIntel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </>
  );
}
