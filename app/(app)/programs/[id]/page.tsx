import type { Metadata } from "next";
import Link from "next/link";
import { ImpressionsForm } from "@/components/programs/impressions-form";
import { OverstepForm } from "@/components/programs/overstep-form";
import { PendingMessages } from "@/components/programs/pending-messages";
import { SeasonTaskList } from "@/components/programs/season-task-list";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { deleteOverstep } from "@/lib/actions/programs/delete-overstep";
import { deleteProgram } from "@/lib/actions/programs/delete-program";
import { setSoapContact } from "@/lib/actions/programs/set-soap-contact";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { CHANNEL_LABELS, MESSAGE_STATUS_LABELS, OVERSTEP_KIND_LABELS, ruleLabel } from "@/lib/labels/messages";
import { loadOr404 } from "@/lib/page-data";
import { MESSAGE_TEMPLATES } from "@/lib/rules/message-templates";
import { specialtyLabel } from "@/lib/rules/specialties";
import { getProgram } from "@/lib/server/programs/get-program";
import { listSeasonTasks } from "@/lib/server/season/list-season-tasks";
import { PROGRAM_STATUS_LABELS, PROGRAM_TYPE_LABELS, TRI_STATE_LABELS, VISA_SPONSORSHIP_LABELS } from "@/lib/validation/programs";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const { sent } = await searchParams;
  const now = await getNow();
  const p = await loadOr404(id, () => getProgram(viewer, id));
  const tasks = (await listSeasonTasks(viewer, now)).filter((t) => t.programId === p.id);
  const today = toDateOnly(now);
  const pending = p.messages.filter((m) => m.status === "PENDING");
  const facts: [string, string][] = [
    ["Type", PROGRAM_TYPE_LABELS[p.programType]],
    ["NRMP code", p.nrmpCode ?? "Not noted"],
    ["Specialty", p.specialty ? specialtyLabel(p.specialty) : "Not noted"],
    ["In the NRMP Match", p.participatesInMatch ? "Yes" : "No"],
    ["Visa sponsorship", VISA_SPONSORSHIP_LABELS[p.visaSponsorship]],
    ["IMG-friendly", TRI_STATE_LABELS[p.imgFriendly]],
    ["Accepts post-interview messages", TRI_STATE_LABELS[p.postInterviewCommunication]],
    ["Interview", p.interviewDate ? formatDay(p.interviewDate) : "Not scheduled"],
    ["Interviewer", p.interviewer ?? "Not noted"],
  ];
  const impression = p.impression;
  return (
    <>
      <PageHeader
        title={p.name}
        description={`${p.institution}${p.city ? ` · ${p.city}${p.state ? `, ${p.state}` : ""}` : ""}`}
        action={
          <div className="flex flex-wrap gap-2">
            <Link href={`/programs/${p.id}/compose`} className={buttonClass("primary")}>
              Write a message
            </Link>
            <Link href={`/programs/${p.id}/edit`} className={buttonClass("secondary")}>
              Edit
            </Link>
            <ActionButton
              action={deleteProgram}
              input={{ programId: p.id }}
              variant="danger"
              redirectTo="/programs"
              confirm={{
                title: `Delete ${p.name}?`,
                body: "Its message history, drafts and notes are deleted too, and it no longer counts in your cycle overview.",
                confirmLabel: "Delete program",
              }}
            >
              Delete
            </ActionButton>
          </div>
        }
      />
      {sent ? (
        <div className="mb-4">
          <Notice tone="good">Recorded as sent.</Notice>
        </div>
      ) : null}
      <PendingMessages messages={pending} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {tasks.length ? (
            <Card title="Interview season">
              <SeasonTaskList tasks={tasks} />
            </Card>
          ) : null}
          <Card title={`Drafts (${p.drafts.length})`}>
            {p.drafts.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No drafts. A message you start writing is saved here until you send it.</p>
            ) : (
              <ul className="space-y-2">
                {p.drafts.map((d) => (
                  <li key={d.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                    <p className="flex flex-wrap items-center gap-2">
                      <Link href={`/programs/${p.id}/compose?kind=${d.kind}`} className="font-semibold underline">
                        {MESSAGE_TEMPLATES[d.kind].label}
                        {d.subject ? `: ${d.subject}` : ""}
                      </Link>
                      {d.blocked ? <Badge tone="bad">blocked</Badge> : null}
                      <span className="text-slate-600 dark:text-slate-400">saved {formatDay(d.updatedAt)}</span>
                    </p>
                    {d.findings.length ? <p className="mt-1">Checks: {d.findings.map((f) => ruleLabel(f.rule)).join(", ")}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={`Messages (${p.messages.length})`}>
            {p.messages.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">Nothing sent to this program yet.</p>
            ) : (
              <ol className="space-y-3">
                {p.messages.map((m) => (
                  <li key={m.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{MESSAGE_TEMPLATES[m.kind].label}</span>
                      <span className="text-sm text-slate-600 dark:text-slate-400">
                        {formatDay(m.sentAt)} · {m.cycle.name} · {CHANNEL_LABELS[m.channel]}
                        {m.recipient ? ` to ${m.recipient}` : ""}
                      </span>
                      {m.status !== "SENT" ? <Badge tone={m.status === "PENDING" ? "warn" : "neutral"}>{MESSAGE_STATUS_LABELS[m.status]}</Badge> : null}
                      {m.claimsFirstChoice && m.status !== "NOT_SENT" ? <Badge tone="brand">first choice</Badge> : null}
                      {m.confirmedWarnings.length ? <Badge tone="warn">sent despite: {m.confirmedWarnings.map(ruleLabel).join(", ")}</Badge> : null}
                    </p>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm">{m.subject}</summary>
                      <p className="mt-2 whitespace-pre-line text-sm">{m.body}</p>
                    </details>
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <Card title="Impressions">
            <div id="impressions" className="scroll-mt-20">
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
                Write these the day of the interview, while they are fresh. They come back on your{" "}
                <Link href="/programs/rank" className="underline">
                  rank worksheet
                </Link>
                .{impression ? ` Last saved ${formatDay(impression.updatedAt)}.` : ""}
              </p>
              <ImpressionsForm
                programId={p.id}
                initial={{
                  liked: impression?.liked ?? "",
                  concerns: impression?.concerns ?? "",
                  rankThoughts: impression?.rankThoughts ?? "",
                  peopleMet: impression?.peopleMet ?? "",
                  whoToThank: impression?.whoToThank ?? "",
                }}
              />
            </div>
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="About">
            <p className="mb-2">
              <Badge tone="brand">{PROGRAM_STATUS_LABELS[p.status]}</Badge>
            </p>
            <dl className="space-y-1 text-sm">
              {facts.map(([k, v]) => (
                <div key={k} className="flex justify-between gap-2">
                  <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
                  <dd className="text-right font-medium">{v}</dd>
                </div>
              ))}
            </dl>
            {p.notes ? <p className="mt-3 whitespace-pre-line text-sm">{p.notes}</p> : null}
          </Card>
          <Card title="When a program oversteps">
            <div className="space-y-2 text-sm">
              <p>
                A program may tell you it is interested. It may not ask where you will rank it, and neither side may offer or ask for a commitment. If that
                happens:
              </p>
              <ul className="list-disc space-y-1 pl-5">
                <li>Do not answer the question, and make no promise. A polite thank-you for their interest is enough.</li>
                <li>Keep the message, and write down here what was said, with the date.</li>
                <li>Talk it through with an advisor. You may report it to the NRMP.</li>
              </ul>
              <p className="text-slate-600 dark:text-slate-400">Advisors you share Programs with can see what you record here.</p>
            </div>
            {p.oversteps.length ? (
              <ul className="mt-3 space-y-2">
                {p.oversteps.map((o) => (
                  <li key={o.id} className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700">
                    <p className="font-semibold">
                      {formatDay(o.occurredOn)}: {OVERSTEP_KIND_LABELS[o.kind]}
                      {o.who ? ` (${o.who})` : ""}
                    </p>
                    <blockquote className="my-1 border-l-4 border-slate-300 pl-2 italic dark:border-slate-600">{o.said}</blockquote>
                    {o.notes ? <p className="whitespace-pre-line">{o.notes}</p> : null}
                    <ActionButton
                      action={deleteOverstep}
                      input={{ overstepId: o.id }}
                      variant="ghost"
                      confirm={{
                        title: "Delete this record?",
                        body: "The quote and notes are removed for good, for you and for your advisors.",
                        confirmLabel: "Delete record",
                      }}
                    >
                      Delete<span className="sr-only"> the record of {formatDay(o.occurredOn)}</span>
                    </ActionButton>
                  </li>
                ))}
              </ul>
            ) : null}
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">Record what the program said</summary>
              <OverstepForm programId={p.id} today={today} />
            </details>
          </Card>
          <Card title="During SOAP">
            <p className="text-sm">
              During Match Week&apos;s SOAP you may not contact a program until it contacts you.{" "}
              {p.soapContactOn ? `This program contacted you on ${formatDay(p.soapContactOn)}.` : "Record it here if this program reaches out first."}
            </p>
            <div className="mt-2">
              {p.soapContactOn ? (
                <ActionButton action={setSoapContact} input={{ programId: p.id, on: "" }} variant="ghost">
                  Clear
                </ActionButton>
              ) : (
                <ActionButton action={setSoapContact} input={{ programId: p.id, on: today }}>
                  They contacted me today
                </ActionButton>
              )}
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
