import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  brand: "bg-brand-100 text-brand-800 dark:bg-brand-800 dark:text-brand-50",
  good: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  warn: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  bad: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
} as const;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}

export function Notice({ children, tone = "warn", title }: { children: ReactNode; tone?: "warn" | "info" | "good"; title?: string }) {
  const styles = {
    warn: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50",
    info: "border-brand-100 bg-brand-50 text-brand-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
    good: "border-green-300 bg-green-50 text-green-950 dark:border-green-800 dark:bg-green-950 dark:text-green-50",
  }[tone];
  return (
    <div className={`rounded-md border p-3 text-sm ${styles}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
