import type { Metadata } from "next";
import Link from "next/link";
import { AdvisorResidentNav } from "@/components/advisors/advisor-resident-nav";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { loadOr404 } from "@/lib/page-data";
import { SCOPE_LABELS, type AdvisorScope } from "@/lib/rules/advisor-scopes";
import { advisorOverview } from "@/lib/server/advisors/advisor-views";

export const metadata: Metadata = { title: "Resident" };

export default async function AdvisedResidentPage({ params }: { params: Promise<{ residentId: string }> }) {
  const viewer = await requireAdvisor();
  const { residentId } = await params;
  const now = await getNow();
  const r = await loadOr404(residentId, () => advisorOverview(viewer, residentId, now));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/advisor" className="underline">
          All residents
        </Link>
      </p>
      <PageHeader title={r.name} description={`${r.programName}, ${r.institution}. Read-only.`} />
      <AdvisorResidentNav residentId={residentId} scopes={r.scopes as AdvisorScope[]} current="overview" />
      <Card title="What is shared with you">
        <ul className="list-disc pl-5 text-sm">
          {(r.scopes as AdvisorScope[]).map((s) => (
            <li key={s}>{SCOPE_LABELS[s]?.label ?? s}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{r.name} sees when you open each section, and can change or stop sharing at any time.</p>
      </Card>
    </>
  );
}
