"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type MonthRow = { month: string; label: string; openings: number; vacancyIntel: number };

/** The bars are a picture of the table next to them; screen readers get the table. */
export default function OpeningsChart({ rows }: { rows: MonthRow[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#94a3b8" strokeOpacity={0.4} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "currentColor" }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "currentColor" }} width={32} />
          <Tooltip />
          <Legend />
          <Bar dataKey="openings" name="Openings" stackId="a" fill="#1d5fbf" />
          <Bar dataKey="vacancyIntel" name="Vacancy and SOAP intel" stackId="a" fill="#b45309" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
