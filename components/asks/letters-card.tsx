import { Card } from "@/components/ui/card";
import type { LettersProgress } from "@/lib/rules/workspace";

export function LettersCard({ letters }: { letters: LettersProgress }) {
  const pct = Math.min(100, Math.round((letters.secured / letters.goalMax) * 100));
  return (
    <Card title="Letters">
      <p className="text-2xl font-bold">
        {letters.secured}{" "}
        <span className="text-base font-normal text-slate-600 dark:text-slate-400">
          secured of {letters.goalMin}-{letters.goalMax}
        </span>
      </p>
      <div
        className="mt-2 h-2 w-full rounded bg-slate-200 dark:bg-slate-700"
        role="progressbar"
        aria-label="Letters secured"
        aria-valuemin={0}
        aria-valuemax={letters.goalMax}
        aria-valuenow={letters.secured}
      >
        <div className="h-2 rounded bg-green-700" style={{ width: `${pct}%` }} />
      </div>
      <ul className="mt-3 space-y-1 text-sm">
        {letters.checks.map((c) => (
          <li key={c.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={c.met ? "text-green-700 dark:text-green-400" : "text-slate-500"}>
              {c.met ? "✓" : "○"}
            </span>
            {c.label}
            <span className="sr-only">{c.met ? ": met" : ": not yet"}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{letters.summary}</p>
    </Card>
  );
}
