import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ThreeTouch } from "@/components/people/three-touch";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { INFLUENCE_TAG_LABELS, TOUCH_CHANNEL_LABELS, type InfluenceTag } from "@/lib/labels/workspace";
import { loadOr404 } from "@/lib/page-data";
import { specialtyLabel } from "@/lib/rules/specialties";
import { ASK_KIND_LABELS, PERSON_ROLE_LABELS, TOUCH_KIND_LABELS } from "@/lib/rules/workspace";
import { getAdvisedPerson } from "@/lib/server/advisors/get-advised-person";
import { ASK_STATUS_LABELS } from "@/lib/validation/workspace";

export const metadata: Metadata = { title: "Person" };

const MEETING_STATUS = { PLANNED: "planned", DONE: "done", CANCELLED: "cancelled" } as const;

export default async function AdvisedPersonPage({ params }: { params: Promise<{ residentId: string; personId: string }> }) {
  const viewer = await requireAdvisor();
  const { residentId, personId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(personId)) notFound();
  const now = await getNow();
  const d = await loadOr404(residentId, () => getAdvisedPerson(viewer, residentId, personId, now));
  const p = d.person;
  const where = [p.department, p.institution].filter(Boolean).join(", ");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/advisor/residents/${residentId}/people`} className="underline">
          {d.name}&apos;s people
        </Link>
      </p>
      <PageHeader
        title={p.name}
        description={`${PERSON_ROLE_LABELS[p.role]}${p.specialty ? `, ${specialtyLabel(p.specialty)}` : ""}${where ? ` · ${where}` : ""}. Read-only.`}
      />
      {p.isAList || p.tags.length ? (
        <p className="mb-4 flex flex-wrap gap-1">
          {p.isAList ? <Badge tone="brand">A-list</Badge> : null}
          {p.tags.map((t) => (
            <Badge key={t}>{INFLUENCE_TAG_LABELS[t as InfluenceTag] ?? t}</Badge>
          ))}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="3-touch progress">
          <ThreeTouch progress={d.progress} />
          <p className="mt-2 text-sm">
            Next: {d.next.label}
            {d.next.dueOn ? ` by ${formatDay(d.next.dueOn)}` : ""}
          </p>
          {d.privateNotesShared ? (
            <dl className="mt-3 space-y-2 text-sm">
              {(
                [
                  ["How they met", p.howWeMet],
                  ["Personal note", p.personalNote],
                  ["Private notes", p.privateNotes],
                ] as const
              ).map(([term, text]) =>
                text ? (
                  <div key={term}>
                    <dt className="font-medium">{term}</dt>
                    <dd className="whitespace-pre-line">{text}</dd>
                  </div>
                ) : null,
              )}
            </dl>
          ) : (
            <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">Notes about this person are not shared with you.</p>
          )}
        </Card>
        <Card title={`Touches (${p.touches.length})`}>
          {p.touches.length === 0 ? <p className="text-sm">No touches logged yet.</p> : null}
          <ul className="space-y-1 text-sm">
            {p.touches.map((t, i) => (
              <li key={i}>
                {formatDay(t.occurredOn)}
                {t.endsOn ? ` to ${formatDay(t.endsOn)}` : ""}: {TOUCH_KIND_LABELS[t.kind]} ({TOUCH_CHANNEL_LABELS[t.channel].toLowerCase()})
                {t.replyReceivedOn ? `, reply ${formatDay(t.replyReceivedOn)}` : ""}
                {t.notes ? ` · ${t.notes}` : ""}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={`Meetings (${p.meetings.length})`}>
          {p.meetings.length === 0 ? <p className="text-sm">No meetings yet.</p> : null}
          <ul className="space-y-2 text-sm">
            {p.meetings.map((m, i) => (
              <li key={i}>
                <p>
                  {m.kind === "INTRO" ? "Intro" : "Advice"} meeting, {formatDay(m.scheduledOn)} ({MEETING_STATUS[m.status]}
                  {m.completedOn ? ` ${formatDay(m.completedOn)}` : ""}){m.reportBackOn ? `; report back by ${formatDay(m.reportBackOn)}` : ""}
                </p>
                {m.questions ? <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">Questions: {m.questions}</p> : null}
                {m.advice ? <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">Advice: {m.advice}</p> : null}
                {m.actionItems.length ? <p>Action items: {m.actionItems.join("; ")}</p> : null}
              </li>
            ))}
          </ul>
        </Card>
        {p.asks ? (
          <Card title={`Asks (${p.asks.length})`}>
            {p.asks.length === 0 ? <p className="text-sm">Nothing asked of this person yet.</p> : null}
            <ul className="space-y-1 text-sm">
              {p.asks.map((a, i) => (
                <li key={i}>
                  {ASK_KIND_LABELS[a.kind as keyof typeof ASK_KIND_LABELS]} <Badge>{ASK_STATUS_LABELS[a.status as keyof typeof ASK_STATUS_LABELS]}</Badge>
                  {a.askedOn ? ` asked ${formatDay(a.askedOn)}` : ""}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
