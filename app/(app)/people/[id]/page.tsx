import type { Metadata } from "next";
import Link from "next/link";
import { AskForm } from "@/components/asks/ask-form";
import { PlanMeetingForm } from "@/components/meetings/plan-meeting-form";
import { LogTouchForm } from "@/components/people/log-touch-form";
import { ThreeTouch } from "@/components/people/three-touch";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { deletePerson } from "@/lib/actions/people/delete-person";
import { setAList } from "@/lib/actions/people/set-a-list";
import { deleteTouch } from "@/lib/actions/touches/delete-touch";
import { markReplyReceived } from "@/lib/actions/touches/mark-reply-received";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, startOfDayUtc, toDateOnly } from "@/lib/dates";
import { MENTOR_ROLE_LABELS, PROJECT_STATUS_LABELS } from "@/lib/labels/evidence";
import { loadOr404 } from "@/lib/page-data";
import { specialtyLabel } from "@/lib/rules/specialties";
import { ASK_KIND_LABELS, INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS, TOUCH_KIND_LABELS, type InfluenceTag } from "@/lib/rules/workspace";
import { getPerson } from "@/lib/server/people/get-person";
import { ASK_STATUS_LABELS, TOUCH_CHANNEL_LABELS } from "@/lib/validation/workspace";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const now = await getNow();
  const { person, progress, next, due } = await loadOr404(id, () => getPerson(viewer, id, now));
  const today = startOfDayUtc(now);
  const todayText = toDateOnly(today);

  return (
    <>
      <PageHeader
        title={person.name}
        description={
          <>
            {PERSON_ROLE_LABELS[person.role]}
            {person.specialty ? ` · ${specialtyLabel(person.specialty)}` : ""}
            {person.department ? ` · ${person.department}` : ""}
            {person.institution ? ` · ${person.institution}` : ""}
          </>
        }
        action={
          <div className="flex flex-wrap items-start gap-2">
            <ActionButton action={setAList} input={{ personId: person.id, isAList: !person.isAList }} variant={person.isAList ? "secondary" : "primary"}>
              {person.isAList ? "Remove from A-list" : "Add to A-list"}
            </ActionButton>
            <Link href={`/people/${person.id}/edit`} className={buttonClass("secondary")}>
              Edit
            </Link>
            <ActionButton
              action={deletePerson}
              input={{ personId: person.id }}
              variant="danger"
              redirectTo="/people"
              confirm={{
                title: `Delete ${person.name}?`,
                body: "Their touches, meetings, asks, feedback quotes and mentor roles are deleted too; projects they mentor stay, without a mentor. This cannot be undone.",
                confirmLabel: "Delete person",
              }}
            >
              Delete
            </ActionButton>
          </div>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="3-touch progress">
            {person.isAList ? (
              <p className="mb-2">
                <Badge tone="brand">A-list</Badge>
              </p>
            ) : null}
            <ThreeTouch progress={progress} />
            <p className="mt-3 text-sm">
              <span className="font-semibold">Next: {next.label}</span>
              {next.dueOn ? (
                <span className={next.dueOn < today ? "font-semibold text-red-700 dark:text-red-400" : ""}> · due {formatDay(next.dueOn)}</span>
              ) : null}
            </p>
            <p className="text-sm text-slate-600 dark:text-slate-400">{next.reason}</p>
            {due.length ? (
              <ul className="mt-3 space-y-2" aria-label="Follow-ups due">
                {due.map((d) => (
                  <li key={`${d.type}-${d.touchId ?? ""}`}>
                    <Notice tone={d.overdue ? "warn" : "info"}>
                      <span className="font-medium">{d.title}</span> · {d.overdue ? "overdue since" : "due"} {formatDay(d.dueOn)}
                      {d.type === "awaiting-reply" && d.touchId ? (
                        <span className="ml-2 inline-block">
                          <ActionButton action={markReplyReceived} input={{ touchId: d.touchId, personId: person.id }} className="min-h-9 px-2 py-1">
                            They replied
                          </ActionButton>
                        </span>
                      ) : null}
                    </Notice>
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
          <Card title="Log a touch">
            <LogTouchForm personId={person.id} today={todayText} defaultKind={next.kind} />
          </Card>
          <Card title={`Touches (${person.touches.length})`}>
            {person.touches.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No touches yet. Log the first one above.</p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {person.touches.map((t) => (
                  <li key={t.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                    <div>
                      <p className="font-medium">
                        {TOUCH_KIND_LABELS[t.kind]} <span className="font-normal text-slate-600 dark:text-slate-400">· {TOUCH_CHANNEL_LABELS[t.channel]}</span>
                      </p>
                      <p className="text-sm text-slate-600 dark:text-slate-400">
                        {formatDay(t.occurredOn)}
                        {t.endsOn ? ` to ${formatDay(t.endsOn)}` : ""}
                        {t.awaitingReply ? (t.replyReceivedOn ? ` · replied ${formatDay(t.replyReceivedOn)}` : " · awaiting reply") : ""}
                      </p>
                      {t.notes ? <p className="mt-1 whitespace-pre-line text-sm">{t.notes}</p> : null}
                    </div>
                    <ActionButton
                      action={deleteTouch}
                      input={{ touchId: t.id, personId: person.id }}
                      variant="ghost"
                      className="min-h-9 px-2 py-1"
                      confirm={{ title: "Delete this touch?", body: "It no longer counts towards the 3-touch rule.", confirmLabel: "Delete touch" }}
                    >
                      Delete<span className="sr-only"> touch of {formatDay(t.occurredOn)}</span>
                    </ActionButton>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="About">
            <dl className="space-y-2 text-sm">
              {person.email ? (
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Email</dt>
                  <dd>
                    <a className="underline" href={`mailto:${person.email}`}>
                      {person.email}
                    </a>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-slate-600 dark:text-slate-400">Influence</dt>
                <dd className="flex flex-wrap gap-1">
                  {person.tags.length ? person.tags.map((t) => <Badge key={t}>{INFLUENCE_TAG_LABELS[t as InfluenceTag] ?? t}</Badge>) : "Not noted"}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600 dark:text-slate-400">How we met</dt>
                <dd>{person.howWeMet ?? "Not noted"}</dd>
              </div>
              <div>
                <dt className="text-slate-600 dark:text-slate-400">One personal thing</dt>
                <dd>{person.personalNote ?? "Not noted yet: ask about family, a hobby, a trip."}</dd>
              </div>
              {person.privateNotes ? (
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Private notes</dt>
                  <dd className="whitespace-pre-line">{person.privateNotes}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card title="Meetings">
            {person.meetings.length ? (
              <ul className="mb-3 space-y-1 text-sm">
                {person.meetings.map((m) => (
                  <li key={m.id}>
                    <Link href={`/meetings/${m.id}`} className="underline">
                      {m.kind === "INTRO" ? "Intro" : "Advice"} meeting, {formatDay(m.scheduledOn)}
                    </Link>{" "}
                    <Badge tone={m.status === "DONE" ? "good" : m.status === "CANCELLED" ? "neutral" : "brand"}>{m.status.toLowerCase()}</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">No meetings yet.</p>
            )}
            <details>
              <summary className="cursor-pointer text-sm font-medium">Plan a meeting</summary>
              <div className="mt-3">
                <PlanMeetingForm personId={person.id} defaultDate={todayText} />
              </div>
            </details>
          </Card>
          <Card title="Feedback and projects">
            {person.mentorRoles.length ? (
              <p className="mb-2 flex flex-wrap gap-1">
                {person.mentorRoles.map((m) => (
                  <Badge key={m.role} tone="brand">
                    {MENTOR_ROLE_LABELS[m.role]}
                    {m.strongYes ? " · strong yes" : ""}
                  </Badge>
                ))}
              </p>
            ) : null}
            {person.feedback.length ? (
              <ul className="mb-3 space-y-2 text-sm">
                {person.feedback.map((q) => (
                  <li key={q.id}>
                    <blockquote className="border-l-4 border-brand-600 pl-2 italic">“{q.quote}”</blockquote>
                    <span className="text-slate-600 dark:text-slate-400">
                      {formatDay(q.receivedOn)}
                      {q.context ? ` · ${q.context}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">No feedback from {person.name} recorded yet.</p>
            )}
            {person.mentoredProjects.length ? (
              <ul className="mb-3 space-y-1 text-sm">
                {person.mentoredProjects.map((p) => (
                  <li key={p.id}>
                    Mentors <span className="font-medium">{p.title}</span> <Badge>{PROJECT_STATUS_LABELS[p.status]}</Badge>
                  </li>
                ))}
              </ul>
            ) : null}
            <Link href="/evidence" className="text-sm underline">
              Record feedback or a project
            </Link>
          </Card>
          <Card title="Asks">
            {person.asks.length ? (
              <ul className="mb-3 space-y-1 text-sm">
                {person.asks.map((a) => (
                  <li key={a.id}>
                    {ASK_KIND_LABELS[a.kind]}{" "}
                    <Badge tone={a.status === "AGREED" || a.status === "DONE" ? "good" : a.status === "DECLINED" ? "bad" : "neutral"}>
                      {ASK_STATUS_LABELS[a.status]}
                    </Badge>
                    {a.kind === "LETTER" ? (
                      <>
                        {" "}
                        <Link href={`/asks/${a.id}/brag-sheet`} className="underline">
                          Brag sheet
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">No asks yet.</p>
            )}
            <details>
              <summary className="cursor-pointer text-sm font-medium">Add an ask</summary>
              <div className="mt-3">
                <AskForm action={createAsk} personId={person.id} submitLabel="Save ask" idPrefix="person-ask" />
              </div>
            </details>
          </Card>
        </div>
      </div>
    </>
  );
}
