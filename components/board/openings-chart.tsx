"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type MonthRow = { month: string; label: string; openings: number; vacancyIntel: number; typical: number | null };

/**
 * The bars are this cohort's posts; the dashed line is the typical pattern (relative, on its own axis), so the two
 * are never read as the same kind of number. A picture of the table next to it; screen readers get the table.
 */
export default function OpeningsChart({ rows }: { rows: MonthRow[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 0, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#94a3b8" strokeOpacity={0.4} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "currentColor" }} />
          <YAxis yAxisId="posts" allowDecimals={false} tick={{ fontSize: 12, fill: "currentColor" }} width={32} />
          <YAxis yAxisId="typical" orientation="right" domain={[0, 100]} ticks={[0, 50, 100]} tick={{ fontSize: 12, fill: "currentColor" }} width={32} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="posts" dataKey="openings" name="Openings" stackId="a" fill="#1d5fbf" />
          <Bar yAxisId="posts" dataKey="vacancyIntel" name="Vacancy and SOAP intel" stackId="a" fill="#b45309" />
          <Line
            yAxisId="typical"
            dataKey="typical"
            name="Typical pattern (relative, right axis)"
            stroke="#6d28d9"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 3 }}
            connectNulls={false}
            type="monotone"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
