import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EligibilityForm } from "@/components/openings/eligibility-form";
import { ActingCount } from "@/components/openings/acting-count";
import { PlaybookProgramForm } from "@/components/openings/playbook-program-form";
import { SupportForm } from "@/components/openings/support-form";
import { ActionButton } from "@/components/ui/action-button";
import { Disclosure } from "@/components/ui/disclosure";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { recordSupportAnswer } from "@/lib/actions/openings/record-support-answer";
import { startPlaybook } from "@/lib/actions/openings/start-playbook";
import { stopPlaybook } from "@/lib/actions/openings/stop-playbook";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { ASK_STATUS_LABELS } from "@/lib/labels/workspace";
import { loadOr404 } from "@/lib/page-data";
import type { CheckStatus, StepStatus } from "@/lib/rules/opening-playbook";
import { getPlaybook } from "@/lib/server/openings/get-playbook";

export const metadata: Metadata = { title: "Act on this opening" };

const CHECK_BADGE: Record<CheckStatus, { tone: "good" | "warn" | "bad"; label: string }> = {
  ok: { tone: "good", label: "Fits" },
  ask: { tone: "warn", label: "Find out" },
  conflict: { tone: "bad", label: "Conflict" },
};
const STEP_BADGE: Record<StepStatus, { tone: "good" | "warn" | "bad" | "neutral"; label: string }> = {
  done: { tone: "good", label: "Done" },
  "in-progress": { tone: "warn", label: "Under way" },
  todo: { tone: "neutral", label: "To do" },
  blocked: { tone: "bad", label: "Stop and fix first" },
};

export default async function PlaybookPage({ params }: { params: Promise<{ cohortId: string; postId: string }> }) {
  const viewer = await requireResident();
  const { cohortId, postId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(postId)) notFound();
  const now = await getNow();
  const d = await loadOr404(cohortId, () => getPlaybook(viewer, cohortId, postId, now));
  const postUrl = `/board/${cohortId}/posts/${postId}`;
  const pb = d.playbook;
  const [eligibility, support, message] = d.steps;
  const composeHref = pb?.program
    ? `/programs/${pb.program.id}/compose?${new URLSearchParams({ kind: "OTHER", subject: d.draft.subject, body: d.draft.body })}`
    : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={postUrl} className="underline">
          Back to the post
        </Link>
      </p>
      <PageHeader title="Act on this opening" description={[d.post.title, d.post.programName, d.post.institution].filter(Boolean).join(" · ")} />
      <p className="mb-4 text-sm">
        <ActingCount count={d.actingCount} /> More than one of you can be considered.
      </p>
      {!pb ? (
        <Card title="Three steps, in order">
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {d.steps.map((s) => (
              <li key={s.key}>{s.title}</li>
            ))}
          </ol>
          <div className="mt-4">
            {d.post.actionable ? (
              <ActionButton action={startPlaybook} input={{ postId }} variant="primary" redirectTo={`${postUrl}/playbook`}>
                Start the playbook
              </ActionButton>
            ) : (
              <p className="text-sm">This post does not describe a position you could take, so there is nothing to act on.</p>
            )}
          </div>
        </Card>
      ) : (
        <div className="space-y-4">
          <nav aria-label="Playbook progress">
            <ol className="flex flex-wrap gap-2 text-sm">
              {d.steps.map((s, i) => (
                <li
                  key={s.key}
                  className="flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600"
                  aria-current={d.next === s.key ? "step" : undefined}
                >
                  <span>
                    {i + 1}. {s.title}
                  </span>
                  <Badge tone={STEP_BADGE[s.status].tone}>{STEP_BADGE[s.status].label}</Badge>
                </li>
              ))}
            </ol>
          </nav>

          <Card title={`1. ${eligibility!.title}`}>
            <ul className="space-y-2">
              {d.checks.map((c) => (
                <li key={c.key} className="flex flex-wrap items-start gap-2 text-sm">
                  <span className="w-28 shrink-0 font-medium">{c.label}</span>
                  <Badge tone={CHECK_BADGE[c.status].tone}>{CHECK_BADGE[c.status].label}</Badge>
                  <span className="min-w-0 flex-1 basis-56">{c.message}</span>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{eligibility!.detail}</p>
            <div className="mt-3">
              <EligibilityForm playbookId={pb.id} note={pb.eligibilityNote ?? ""} done={eligibility!.status === "done"} />
            </div>
          </Card>

          <Card title={`2. ${support!.title}`}>
            <p className="text-sm">{support!.detail}</p>
            {pb.pdAsk || pb.writerAsk ? (
              <ul className="mt-3 space-y-3">
                {(
                  [
                    ["pd", "Program director", pb.pdAsk],
                    ["writer", "Letter writer", pb.writerAsk],
                  ] as const
                ).map(([who, role, ask]) =>
                  ask ? (
                    <li key={who} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                      <p className="text-sm">
                        <span className="font-medium">{role}:</span>{" "}
                        <Link href={`/people/${ask.personId}`} className="underline">
                          {ask.personName}
                        </Link>{" "}
                        <Badge tone={ask.status === "AGREED" || ask.status === "DONE" ? "good" : ask.status === "DECLINED" ? "bad" : "neutral"}>
                          {ASK_STATUS_LABELS[ask.status]}
                        </Badge>
                      </p>
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                        “Would you feel comfortable supporting me if they ask you about me?” Give them an easy way to say no.
                      </p>
                      <div className="mt-2 flex flex-wrap gap-2">
                        {ask.status === "PLANNED" ? (
                          <ActionButton action={recordSupportAnswer} input={{ playbookId: pb.id, who, answer: "ASKED" }} className="min-h-9 px-3 py-1">
                            I asked<span className="sr-only"> {ask.personName}</span>
                          </ActionButton>
                        ) : null}
                        {ask.status !== "AGREED" && ask.status !== "DONE" ? (
                          <ActionButton
                            action={recordSupportAnswer}
                            input={{ playbookId: pb.id, who, answer: "AGREED" }}
                            variant="primary"
                            className="min-h-9 px-3 py-1"
                          >
                            They said yes<span className="sr-only"> ({ask.personName})</span>
                          </ActionButton>
                        ) : null}
                        {ask.status !== "DECLINED" ? (
                          <ActionButton
                            action={recordSupportAnswer}
                            input={{ playbookId: pb.id, who, answer: "DECLINED" }}
                            variant="ghost"
                            className="min-h-9 px-3 py-1"
                          >
                            They hesitated<span className="sr-only"> ({ask.personName})</span>
                          </ActionButton>
                        ) : null}
                      </div>
                    </li>
                  ) : null,
                )}
              </ul>
            ) : null}
            {d.pdOptions.length < 2 ? (
              <p className="mt-3 text-sm">
                You need at least two people in your map: your program director and a letter writer.{" "}
                <Link href="/people/new" className="underline">
                  Add a person
                </Link>
              </p>
            ) : (
              <Disclosure
                className="mt-3"
                defaultOpen={!pb.pdAsk && !pb.writerAsk}
                summaryClassName="cursor-pointer text-sm font-medium"
                summary={pb.pdAsk || pb.writerAsk ? "Ask someone else" : "Choose who to ask"}
              >
                <div className="mt-3">
                  <SupportForm
                    playbookId={pb.id}
                    pdOptions={d.pdOptions}
                    writerOptions={d.writerOptions}
                    initial={{ pdId: pb.pdAsk?.personId ?? "", writerId: pb.writerAsk?.personId ?? "" }}
                  />
                </div>
              </Disclosure>
            )}
          </Card>

          <Card title={`3. ${message!.title}`}>
            <p className="text-sm">{message!.detail}</p>
            {pb.program && composeHref ? (
              <>
                <p className="mt-3 text-sm">
                  Program: <span className="font-medium">{pb.program.name}</span>
                </p>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm">Preview the draft</summary>
                  <div className="mt-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                    <p className="font-medium">{d.draft.subject}</p>
                    <p className="mt-2 whitespace-pre-line">{d.draft.body}</p>
                  </div>
                </details>
                <p className="mt-3 flex flex-wrap gap-2">
                  <Link href={composeHref} className={buttonClass(message!.status === "done" ? "secondary" : "primary")}>
                    Write the message
                  </Link>
                </p>
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                  The composer checks it against the honesty rules before you record it as sent. Fill in the bracketed parts first.
                </p>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm">A different program</summary>
                  <div className="mt-3">
                    <PlaybookProgramForm playbookId={pb.id} programs={d.programs} suggested={{ name: d.post.programName, institution: d.post.institution }} />
                  </div>
                </details>
              </>
            ) : (
              <div className="mt-3">
                <PlaybookProgramForm playbookId={pb.id} programs={d.programs} suggested={{ name: d.post.programName, institution: d.post.institution }} />
              </div>
            )}
          </Card>

          <div>
            <ActionButton
              action={stopPlaybook}
              input={{ playbookId: pb.id }}
              variant="danger"
              redirectTo={postUrl}
              confirm={{
                title: "Stop acting on this opening?",
                body: "The playbook goes; the asks and any program it added stay on your lists.",
                confirmLabel: "Stop",
              }}
            >
              Stop acting on this
            </ActionButton>
          </div>
        </div>
      )}
    </>
  );
}
