import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ThreeTouch } from "@/components/people/three-touch";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { PERSON_ROLE_LABELS, TOUCH_KIND_LABELS } from "@/lib/rules/workspace";
import { advisorPerson } from "@/lib/server/advisors/advisor-views";

export const metadata: Metadata = { title: "Person" };

export default async function AdvisedPersonPage({ params }: { params: Promise<{ residentId: string; personId: string }> }) {
  const viewer = await requireAdvisor();
  const { residentId, personId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(personId)) notFound();
  const now = await getNow();
  const d = await loadOr404(residentId, () => advisorPerson(viewer, residentId, personId, now));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/advisor/residents/${residentId}/people`} className="underline">
          {d.name}&apos;s people
        </Link>
      </p>
      <PageHeader title={d.person.name} description={`${PERSON_ROLE_LABELS[d.person.role]}. Read-only.`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="3-touch progress">
          <ThreeTouch progress={d.progress} />
          <p className="mt-2 text-sm">Next: {d.next.label}{d.next.dueOn ? ` by ${formatDay(d.next.dueOn)}` : ""}</p>
          {d.privateNotesShared && d.person.privateNotes ? <p className="mt-3 whitespace-pre-line text-sm"><span className="font-medium">Private notes:</span> {d.person.privateNotes}</p> : null}
        </Card>
        <Card title={`Touches (${d.person.touches.length})`}>
          <ul className="space-y-1 text-sm">
            {d.person.touches.map((t) => (
              <li key={t.id}>
                {formatDay(t.occurredOn)}: {TOUCH_KIND_LABELS[t.kind]}
                {t.notes ? ` · ${t.notes}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
