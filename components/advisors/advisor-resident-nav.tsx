import Link from "next/link";
import { ADVISOR_SECTIONS, SECTION_LABELS, type AdvisorScope, type AdvisorSection } from "@/lib/rules/advisor-scopes";

/** Only the sections the resident shares are listed. */
export function AdvisorResidentNav({ residentId, scopes, current }: { residentId: string; scopes: AdvisorScope[]; current: string }) {
  const sections = (Object.keys(ADVISOR_SECTIONS) as AdvisorSection[]).filter((s) => scopes.includes(ADVISOR_SECTIONS[s]));
  const items = [
    { href: `/advisor/residents/${residentId}`, label: "Overview", key: "overview" },
    ...sections.map((s) => ({ href: `/advisor/residents/${residentId}/${s}`, label: SECTION_LABELS[s], key: s })),
    { href: `/advisor/residents/${residentId}/packet`, label: "Meeting packet", key: "packet" },
  ];
  return (
    <nav aria-label="Shared sections" className="no-print mb-4 flex flex-wrap gap-2">
      {items.map((i) => (
        <Link
          key={i.key}
          href={i.href}
          aria-current={current === i.key ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${current === i.key ? "border-brand-600 bg-brand-50 font-semibold text-brand-800 dark:bg-slate-800 dark:text-white" : "border-slate-300"}`}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
