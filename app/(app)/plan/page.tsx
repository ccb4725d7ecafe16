import type { Metadata } from "next";
import Link from "next/link";
import { LateStartPlan } from "@/components/plan/late-start-plan";
import { PlanNav } from "@/components/plan/plan-nav";
import { RotationForm } from "@/components/plan/rotation-form";
import { TouchpointForm } from "@/components/plan/touchpoint-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { completePrompt } from "@/lib/actions/plan/complete-prompt";
import { deleteRotation } from "@/lib/actions/plan/delete-rotation";
import { setPhaseDone } from "@/lib/actions/plan/set-phase-done";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, formatShortDay, toDateOnly } from "@/lib/dates";
import { listPersonOptions } from "@/lib/server/people/list-person-options";
import { PHASE_STATE_LABELS, TOUCHPOINT_STATE_LABELS } from "@/lib/rules/year-plan";
import { getYearPlan } from "@/lib/server/plan/get-year-plan";

export const metadata: Metadata = { title: "Year plan" };

const PHASE_TONE = { done: "good", current: "brand", upcoming: "neutral", overdue: "bad", "before-joined": "neutral" } as const;
const TP_TONE = { done: "good", open: "brand", upcoming: "neutral", missed: "bad", "before-joined": "neutral" } as const;

export default async function PlanPage() {
  const viewer = await requireResident();
  const now = await getNow();
  const [plan, people] = await Promise.all([getYearPlan(viewer, now), listPersonOptions(viewer)]);
  const todayText = toDateOnly(plan.today);
  const peak = plan.rotations.filter((r) => r.peak);
  return (
    <>
      <PageHeader title="Year plan" description={`Your program year from ${formatDay(plan.programStartDate)}: phases, PD touchpoints and rotations.`} />
      <PlanNav current="/plan" />
      {plan.lateStart ? (
        <Card title="Starting late? Here is the compressed plan" className="mb-4 border-amber-500">
          <p className="mb-2 text-sm">
            You joined after the first weeks of the year, so focus on what still moves the needle. The same steps are on your dashboard.
          </p>
          <LateStartPlan steps={plan.lateStart.steps} today={plan.today} />
        </Card>
      ) : null}
      <Card title="Timeline" className="mb-4">
        <ol className="grid gap-2 md:grid-cols-6" aria-label="Phases of the year">
          {plan.phases.map((p) => (
            <li
              key={p.key}
              className={`rounded-md border p-2 text-sm ${p.state === "current" ? "border-brand-600 bg-brand-50 dark:bg-slate-800" : "border-slate-200 dark:border-slate-700"}`}
            >
              <p className="font-semibold">{p.title}</p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {formatShortDay(p.startsOn)} to {formatShortDay(p.endsOn)}
              </p>
              <p className="mt-1">
                <Badge tone={PHASE_TONE[p.state]}>{PHASE_STATE_LABELS[p.state]}</Badge>
              </p>
              {!p.auto ? (
                <div className="mt-1">
                  <ActionButton action={setPhaseDone} input={{ key: p.key, done: !p.manual }} variant="ghost" className="min-h-9 px-1 py-0 text-xs">
                    {p.manual ? "Mark not done" : "Mark done"}
                    <span className="sr-only">: {p.title}</span>
                  </ActionButton>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Today is {formatDay(plan.today)}. Some phases tick themselves off: the decision once you record it, meetings once the early PD touchpoint and a
          meeting are done, letters at two secured.
        </p>
      </Card>
      <div className="mb-4 grid gap-4 md:grid-cols-3">
        {plan.touchpoints.map((t) => (
          <Card key={t.key} title={`PD touchpoint: ${t.label}`}>
            <p className="text-sm">
              <Badge tone={TP_TONE[t.state]}>{TOUCHPOINT_STATE_LABELS[t.state]}</Badge> {formatShortDay(t.opensOn)}
              {t.closesOn ? ` to ${formatShortDay(t.closesOn)}` : " onward"}
            </p>
            <p className="my-2 text-sm text-slate-600 dark:text-slate-400">{t.description}</p>
            <TouchpointForm touchpointKey={t.key} initial={{ status: t.status, onDate: t.onDate ? toDateOnly(t.onDate) : "", notes: t.notes ?? "" }} />
          </Card>
        ))}
      </div>
      {peak.length ? (
        <Card title="Peak-performance months" className="mb-4">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Rotations with an A-list attending. Each step done can log the matching touch for you.
          </p>
          <ul className="space-y-4">
            {peak.map((r) => (
              <li key={r.id}>
                <p className="font-semibold">
                  {r.service} · {formatShortDay(r.startsOn)} to {formatShortDay(r.endsOn)} ·{" "}
                  {r.attendings
                    .filter((a) => a.isAList)
                    .map((a) => a.name)
                    .join(", ")}
                </p>
                <ol className="mt-1 space-y-2">
                  {r.prompts.map((p) => (
                    <li
                      key={p.key}
                      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700"
                    >
                      <span>
                        <span className="font-medium">{p.title}</span> ·{" "}
                        {p.doneOn
                          ? `done ${formatShortDay(p.doneOn)}`
                          : p.passed
                            ? `not done; its moment passed ${formatDay(p.dueOn)}`
                            : `${p.overdue ? "overdue since" : "by"} ${formatDay(p.dueOn)}`}
                        <span className="block text-slate-600 dark:text-slate-400">{p.detail}</span>
                      </span>
                      {!p.doneOn ? (
                        <ActionButton
                          action={completePrompt}
                          input={{ rotationId: r.id, promptKey: p.key, logTouch: true }}
                          variant={p.overdue ? "primary" : "secondary"}
                          className="min-h-9 py-1"
                        >
                          {p.touchKind ? "Done, log the touch" : "Done"}
                          <span className="sr-only">
                            : {p.title}, {r.service}
                          </span>
                        </ActionButton>
                      ) : (
                        <Badge tone="good">done</Badge>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Rotations, month by month" className="lg:col-span-2">
          <ol className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
            {plan.months.map((m) => (
              <li key={m.key} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                <p className="text-sm font-semibold">{m.label}</p>
                {m.rotations.length ? (
                  <ul className="mt-1 space-y-1 text-sm">
                    {m.rotations.map((r) => (
                      <li key={r.id}>
                        {r.service}
                        {r.peak ? (
                          <span className="ml-1">
                            <Badge tone="brand">peak</Badge>
                          </span>
                        ) : null}
                        {r.attendings.length ? (
                          <span className="block text-xs text-slate-600 dark:text-slate-400">{r.attendings.map((a) => a.name).join(", ")}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-xs text-slate-500">Nothing entered</p>
                )}
              </li>
            ))}
          </ol>
          {plan.rotations.length ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium">Edit or delete rotations</summary>
              <ul className="mt-2 space-y-3">
                {plan.rotations.map((r) => (
                  <li key={r.id} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                    <RotationForm
                      people={people}
                      idPrefix={`rot-${r.id}`}
                      defaults={{
                        rotationId: r.id,
                        service: r.service,
                        site: r.site ?? "",
                        startsOn: toDateOnly(r.startsOn),
                        endsOn: toDateOnly(r.endsOn),
                        attendingIds: r.attendings.map((a) => a.id).join(","),
                      }}
                    />
                    <div className="mt-2">
                      <ActionButton
                        action={deleteRotation}
                        input={{ rotationId: r.id }}
                        variant="danger"
                        confirm={{ title: `Delete ${r.service}?`, body: "Its prompts go too; touches already logged stay.", confirmLabel: "Delete rotation" }}
                      >
                        Delete<span className="sr-only"> {r.service}</span>
                      </ActionButton>
                    </div>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Card>
        <Card title="Add a rotation">
          <RotationForm people={people} idPrefix="new-rotation" defaults={{ startsOn: todayText, endsOn: todayText }} />
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Link attendings from{" "}
            <Link href="/people" className="underline">
              your people
            </Link>
            ; A-list attendings make it a peak-performance month.
          </p>
        </Card>
      </div>
    </>
  );
}
