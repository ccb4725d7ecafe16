import type { Metadata } from "next";
import Link from "next/link";
import { AdvisorResidentNav } from "@/components/advisors/advisor-resident-nav";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { SCOPE_LABELS } from "@/lib/rules/advisor-scopes";
import { getAdvisedOverview } from "@/lib/server/advisors/get-advised-overview";

export const metadata: Metadata = { title: "Resident" };

export default async function AdvisedResidentPage({ params }: { params: Promise<{ residentId: string }> }) {
  const viewer = await requireAdvisor();
  const { residentId } = await params;
  const now = await getNow();
  const r = await loadOr404(residentId, () => getAdvisedOverview(viewer, residentId, now));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/advisor" className="underline">
          All residents
        </Link>
      </p>
      <PageHeader title={r.name} description={`${r.programName}, ${r.institution}; program year began ${formatDay(r.programStartDate)}. Read-only.`} />
      <AdvisorResidentNav residentId={residentId} scopes={r.scopes} current="overview" />
      <Card title="What is shared with you">
        <ul className="list-disc pl-5 text-sm">
          {r.scopes.map((s) => (
            <li key={s}>{SCOPE_LABELS[s].label}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{r.name} sees when you open each section, and can change or stop sharing at any time.</p>
      </Card>
    </>
  );
}
