import type { Metadata } from "next";
import { PersonForm } from "@/components/people/person-form";
import { Card, PageHeader } from "@/components/ui/card";
import { createPerson } from "@/lib/actions/people/create-person";
import { requireResident } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  await requireResident();
  return (
    <>
      <PageHeader title="Add a person" description="Someone who can teach you, write for you, or open a door." />
      <Card>
        <PersonForm action={createPerson} submitLabel="Save person" />
      </Card>
    </>
  );
}
