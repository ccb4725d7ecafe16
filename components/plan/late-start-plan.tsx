"use client";

import { useOptimistic } from "react";
import { Badge } from "@/components/ui/badge";
import { useAction } from "@/components/ui/use-action";
import { setLateStartStep } from "@/lib/actions/plan/set-late-start-step";
import { formatDay } from "@/lib/dates";
import type { LateStartStep } from "@/lib/rules/year-plan";

type Step = LateStartStep & { done: boolean };

/** The late-start plan as a checklist: each step ticks off (saved at once) and can be unticked. */
export function LateStartPlan({ steps, today }: { steps: Step[]; today: Date }) {
  // The box ticks at once; if saving fails it goes back (the optimistic tick ends with the action) and the error says why.
  const [shown, tick] = useOptimistic(steps, (current, change: { key: Step["key"]; done: boolean }) =>
    current.map((s) => (s.key === change.key ? { ...s, done: change.done } : s)),
  );
  const done = shown.filter((s) => s.done).length;
  const { run, pending, error } = useAction((change: { key: Step["key"]; done: boolean }) => {
    tick(change);
    return setLateStartStep(change);
  });
  const toggle = (key: Step["key"], checked: boolean) => void run({ key, done: checked });

  return (
    <div>
      <p aria-live="polite" className="mb-3 text-sm font-medium">
        {done} of {steps.length} steps done
      </p>
      <ol className="space-y-3">
        {shown.map((step) => {
          const overdue = !step.done && step.dueOn < today;
          return (
            <li key={step.key} className="flex gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <input
                id={`late-start-${step.key}`}
                type="checkbox"
                checked={step.done}
                disabled={pending}
                onChange={(e) => toggle(step.key, e.target.checked)}
                aria-describedby={`late-start-${step.key}-detail`}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <div className="min-w-0">
                <label htmlFor={`late-start-${step.key}`} className={`font-medium ${step.done ? "text-slate-600 line-through dark:text-slate-400" : ""}`}>
                  {step.title}
                </label>
                <p id={`late-start-${step.key}-detail`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {step.detail}
                </p>
                <p className="mt-1">
                  {step.done ? (
                    <Badge tone="good">done</Badge>
                  ) : (
                    <Badge tone={overdue ? "bad" : "warn"}>{overdue ? `overdue since ${formatDay(step.dueOn)}` : `by ${formatDay(step.dueOn)}`}</Badge>
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      {error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
