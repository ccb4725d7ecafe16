"use client";

import dynamic from "next/dynamic";
import type { MonthRow } from "@/components/board/openings-chart";

/** The chart library loads only on this page, after the table is already readable. */
const OpeningsChart = dynamic(() => import("@/components/board/openings-chart"), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" />,
});

export function OpeningsChartLazy({ rows }: { rows: MonthRow[] }) {
  return <OpeningsChart rows={rows} />;
}
