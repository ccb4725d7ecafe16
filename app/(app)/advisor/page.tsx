import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Residents" };

export default async function AdvisorHomePage() {
  const viewer = await requireAdvisor();
  return (
    <>
      <PageHeader title="Residents you advise" description={`Signed in as ${viewer.email}.`} />
      <Card>
        <p className="text-slate-700 dark:text-slate-300">
          No resident has shared their progress with you yet. When a resident invites you, open the link in their email and their plan appears here, read-only.
        </p>
      </Card>
    </>
  );
}
