import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { dismissSeasonTask } from "@/lib/actions/programs/dismiss-season-task";
import { formatDay, toDateOnly } from "@/lib/dates";
import type { SeasonTask } from "@/lib/rules/interview-season";

/** Interview-season tasks, each with the link that does it and a way to say it is not needed. */
export function SeasonTaskList({ tasks, today }: { tasks: SeasonTask[]; today?: Date }) {
  return (
    <ul className="space-y-2">
      {tasks.map((t) => (
        <li key={t.key} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <Link href={t.href} className="font-medium underline-offset-2 hover:underline">
            {t.title}
          </Link>
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={t.overdue ? "bad" : "warn"}>
              {t.overdue
                ? `overdue since ${formatDay(t.dueOn)}`
                : today && t.opensOn <= today && t.kind !== "THANK_YOU" && t.kind !== "IMPRESSIONS"
                  ? "open now"
                  : `due ${formatDay(t.dueOn)}`}
            </Badge>
            <ActionButton
              action={dismissSeasonTask}
              input={{ programId: t.programId, kind: t.kind, interviewDate: toDateOnly(t.interviewDate) }}
              variant="ghost"
            >
              Not needed<span className="sr-only">: {t.title}</span>
            </ActionButton>
          </span>
        </li>
      ))}
    </ul>
  );
}
