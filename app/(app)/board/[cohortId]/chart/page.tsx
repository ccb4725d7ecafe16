import type { Metadata } from "next";
import Link from "next/link";
import { OpeningsChartLazy } from "@/components/board/openings-chart-lazy";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { loadOr404 } from "@/lib/page-data";
import { PATTERN_PHASES, typicalOpenings } from "@/lib/rules/openings-pattern";
import { openingsByMonth } from "@/lib/server/board/openings-by-month";

export const metadata: Metadata = { title: "Openings by month" };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export default async function ChartPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const viewer = await requireResident();
  const { cohortId } = await params;
  const now = await getNow();
  const data = await loadOr404(cohortId, () => openingsByMonth(viewer, cohortId, now));
  const rows = data.map((r) => {
    const month = Number(r.month.slice(5, 7));
    return { ...r, label: `${MONTHS[month - 1]} ${r.month.slice(2, 4)}`, typical: typicalOpenings(month) };
  });
  const total = rows.reduce((n, r) => n + r.openings + r.vacancyIntel, 0);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/board/${cohortId}`} className="underline">
          Back to the board
        </Link>
      </p>
      <PageHeader
        title="Openings by month"
        description="Bars: what this cohort posted in the last twelve months. Dashed line: the typical pattern, for comparison. It is a reference, not data about your cohort or any program."
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={`${total} posts in twelve months`}>
          <OpeningsChartLazy rows={rows} />
        </Card>
        <Card title="The numbers">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Openings and vacancy intel this cohort posted per month, with the typical pattern for comparison</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-2">
                    Month
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Openings
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Vacancy intel
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Typical<span className="sr-only"> pattern, relative, March is 100</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.month} className="border-b border-slate-100 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-2 font-normal">
                      {r.label}
                    </th>
                    <td className="py-1 pr-2 text-right">{r.openings}</td>
                    <td className="py-1 pr-2 text-right">{r.vacancyIntel}</td>
                    <td className="py-1 text-right">{r.typical === null ? <span aria-label="not described">–</span> : r.typical}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card className="lg:col-span-3" title="The typical pattern">
          <p className="text-sm">
            The dashed line shows when openings for prelims usually appear, relative to the busiest month (March = 100). It comes from the articles this product
            is built on, not from any cohort. They say nothing about April to June, so those months have no value.
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {PATTERN_PHASES.map((phase) => (
              <li key={phase}>{phase}</li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
