import type { Metadata } from "next";
import { ProgramForm } from "@/components/programs/program-form";
import { Card, PageHeader } from "@/components/ui/card";
import { createProgram } from "@/lib/actions/programs/create-program";
import { requireResident } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Add a program" };

export default async function NewProgramPage() {
  await requireResident();
  return (
    <>
      <PageHeader title="Add a program" />
      <Card>
        <ProgramForm action={createProgram} submitLabel="Save program" />
      </Card>
    </>
  );
}
