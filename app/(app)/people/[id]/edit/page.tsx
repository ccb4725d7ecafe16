import type { Metadata } from "next";
import { PersonForm } from "@/components/people/person-form";
import { Card, PageHeader } from "@/components/ui/card";
import { updatePerson } from "@/lib/actions/people/update-person";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { loadOr404 } from "@/lib/page-data";
import { getPerson } from "@/lib/server/people/get-person";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const now = await getNow();
  const detail = await loadOr404(id, () => getPerson(viewer, id, now));
  const p = detail.person;
  return (
    <>
      <PageHeader title={`Edit ${p.name}`} />
      <Card>
        <PersonForm
          action={updatePerson}
          personId={p.id}
          submitLabel="Save changes"
          initialTags={p.tags}
          initial={{
            name: p.name,
            role: p.role,
            specialty: p.specialty ?? "",
            department: p.department ?? "",
            institution: p.institution ?? "",
            email: p.email ?? "",
            howWeMet: p.howWeMet ?? "",
            personalNote: p.personalNote ?? "",
            privateNotes: p.privateNotes ?? "",
            isAList: p.isAList ? "on" : "",
          }}
        />
      </Card>
    </>
  );
}
