import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { deleteProgram } from "@/lib/actions/programs/delete-program";
import { setSoapContact } from "@/lib/actions/programs/set-soap-contact";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { MESSAGE_TEMPLATES } from "@/lib/rules/message-templates";
import { specialtyLabel } from "@/lib/rules/specialties";
import { getProgram } from "@/lib/server/programs/get-program";
import { PROGRAM_STATUS_LABELS, PROGRAM_TYPE_LABELS, TRI_STATE_LABELS, VISA_SPONSORSHIP_LABELS } from "@/lib/validation/programs";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const { sent } = await searchParams;
  const p = await loadOr404(id, () => getProgram(viewer, id));
  const today = toDateOnly(await getNow());
  const facts: [string, string][] = [
    ["Type", PROGRAM_TYPE_LABELS[p.programType]],
    ["NRMP code", p.nrmpCode ?? "Not noted"],
    ["Specialty", p.specialty ? specialtyLabel(p.specialty) : "Not noted"],
    ["In the NRMP Match", p.participatesInMatch ? "Yes" : "No"],
    ["Visa sponsorship", VISA_SPONSORSHIP_LABELS[p.visaSponsorship]],
    ["IMG-friendly", TRI_STATE_LABELS[p.imgFriendly]],
    ["Accepts post-interview messages", TRI_STATE_LABELS[p.postInterviewCommunication]],
    ["Interview", p.interviewDate ? formatDay(p.interviewDate) : "Not scheduled"],
  ];
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
              confirm={{ title: `Delete ${p.name}?`, body: "Its message history is deleted too, and it no longer counts in your cycle overview.", confirmLabel: "Delete program" }}
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
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
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
                        {formatDay(m.sentAt)} · {m.cycle.name}
                      </span>
                      {m.claimsFirstChoice ? <Badge tone="brand">first choice</Badge> : null}
                      {m.confirmedWarnings.length ? <Badge tone="warn">sent despite: {m.confirmedWarnings.join(", ")}</Badge> : null}
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
