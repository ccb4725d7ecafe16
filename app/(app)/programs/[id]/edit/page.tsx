import type { Metadata } from "next";
import { ProgramForm } from "@/components/programs/program-form";
import { Card, PageHeader } from "@/components/ui/card";
import { updateProgram } from "@/lib/actions/programs/update-program";
import { requireResident } from "@/lib/auth/viewer";
import { toDateOnly } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { getProgram } from "@/lib/server/programs/get-program";

export const metadata: Metadata = { title: "Edit program" };

export default async function EditProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const p = await loadOr404(id, () => getProgram(viewer, id));
  return (
    <>
      <PageHeader title={`Edit ${p.name}`} />
      <Card>
        <ProgramForm
          action={updateProgram}
          programId={p.id}
          submitLabel="Save changes"
          initial={{
            name: p.name,
            institution: p.institution,
            city: p.city ?? "",
            state: p.state ?? "",
            specialty: p.specialty ?? "",
            nrmpCode: p.nrmpCode ?? "",
            programType: p.programType,
            participatesInMatch: p.participatesInMatch ? "on" : "",
            visaSponsorship: p.visaSponsorship,
            imgFriendly: p.imgFriendly,
            postInterviewCommunication: p.postInterviewCommunication,
            status: p.status,
            interviewDate: p.interviewDate ? toDateOnly(p.interviewDate) : "",
            interviewer: p.interviewer ?? "",
            notes: p.notes ?? "",
          }}
        />
      </Card>
    </>
  );
}
