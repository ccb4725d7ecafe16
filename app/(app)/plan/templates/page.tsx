import type { Metadata } from "next";
import { PlanNav } from "@/components/plan/plan-nav";
import { TemplateWorkbench } from "@/components/plan/template-workbench";
import { PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getTemplateData } from "@/lib/server/plan/get-template-data";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  const viewer = await requireResident();
  const data = await getTemplateData(viewer);
  return (
    <>
      <PageHeader title="Message templates" description="Starting points in plain, respectful language. Make each one yours before you send it." />
      <PlanNav current="/plan/templates" />
      <TemplateWorkbench base={data.base} people={data.people} rotations={data.rotations} />
    </>
  );
}
