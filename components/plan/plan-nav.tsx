import Link from "next/link";

const ITEMS = [
  { href: "/plan", label: "Year plan" },
  { href: "/plan/log", label: "Running log" },
  { href: "/plan/templates", label: "Templates" },
];

export function PlanNav({ current }: { current: string }) {
  return (
    <nav aria-label="Year plan sections" className="no-print mb-4 flex flex-wrap gap-2">
      {ITEMS.map((i) => (
        <Link
          key={i.href}
          href={i.href}
          aria-current={current === i.href ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${current === i.href ? "border-brand-600 bg-brand-50 font-semibold text-brand-800 dark:bg-slate-800 dark:text-white" : "border-slate-300"}`}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
