import type { Metadata } from "next";
import Link from "next/link";
import { LettersCard } from "@/components/asks/letters-card";
import { QuickTouch } from "@/components/dashboard/quick-touch";
import { LateStartPlan } from "@/components/plan/late-start-plan";
import { ThreeTouch } from "@/components/people/three-touch";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, startOfDayUtc, toDateOnly } from "@/lib/dates";
import type { DueItem } from "@/lib/rules/workspace";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { matchingOpenings } from "@/lib/server/board/matching-openings";
import { listUnreadNotifications } from "@/lib/server/board/notifications";
import { NotificationsList } from "@/components/board/notifications-list";
import { SeasonTaskList } from "@/components/programs/season-task-list";

export const metadata: Metadata = { title: "Dashboard" };

function DueList({ items, label, tone }: { items: DueItem[]; label: string; tone: "bad" | "warn" }) {
  if (!items.length) return null;
  return (
    <section aria-label={label}>
      <h3 className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</h3>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <span>
              <Link href={item.href} className="font-medium underline-offset-2 hover:underline">
                {item.title}
              </Link>
            </span>
            <Badge tone={tone}>{item.overdue ? `overdue since ${formatDay(item.dueOn)}` : `due ${formatDay(item.dueOn)}`}</Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function DashboardPage() {
  const viewer = await requireResident();
  const now = await getNow();
  const [d, notices] = await Promise.all([getDashboard(viewer, now), listUnreadNotifications(viewer)]);
  // Reuses the target the dashboard has just read.
  const openings = await matchingOpenings(viewer, d.target?.specialty ?? null, now);
  // The late-start steps have their own card; everything else due this week is listed under "This week".
  const listed = (items: DueItem[]) => (d.lateStart ? items.filter((i) => i.type !== "late-start") : items);
  const overdue = listed(d.week.overdue);
  const dueThisWeek = listed(d.week.dueThisWeek);
  const nothingDue = overdue.length === 0 && dueThisWeek.length === 0;

  return (
    <>
      <PageHeader
        title={`Hello, ${d.name.split(" ")[0]}`}
        description={d.target ? `Target: ${d.target.label}. Here is what to do this week.` : "Here is what to do this week."}
      />
      <NotificationsList items={notices} />
      {d.lateStart ? (
        <Card title="Your late-start plan" className="mb-4 border-amber-500">
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            You joined after the first weeks of the year, when the usual plan front-loads introductions. These steps get the essentials done in the next six
            weeks: faculty who already know you, your program director, and two letters. Tick each one off as you go.
          </p>
          <LateStartPlan steps={d.lateStart.steps} today={startOfDayUtc(now)} />
        </Card>
      ) : null}
      {d.checklist && !d.checklist.allDone ? (
        <Card title="Your first week" className="mb-4 border-brand-600">
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">Three steps set up the whole year.</p>
          <ol className="space-y-2">
            {d.checklist.items.map((item, index) => (
              <li key={item.key} className="flex items-center gap-3">
                <span
                  aria-hidden="true"
                  className={`inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${item.done ? "bg-green-700 text-white" : "border border-slate-400"}`}
                >
                  {item.done ? "✓" : index + 1}
                </span>
                {item.done ? (
                  <span className="text-slate-600 line-through dark:text-slate-400">
                    {item.label}
                    <span className="sr-only"> (done)</span>
                  </span>
                ) : (
                  <Link href={item.href} className="font-medium text-brand-700 underline dark:text-brand-100">
                    {item.label}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="This week">
            {nothingDue ? (
              <p className="text-slate-700 dark:text-slate-300">
                {d.lateStart
                  ? "Nothing else is due this week: the late-start plan above is this week's work."
                  : "Nothing is due this week. A good week to log a touch or plan an intro meeting."}
              </p>
            ) : (
              <div className="space-y-4">
                <DueList items={overdue} label="Overdue" tone="bad" />
                <DueList items={dueThisWeek} label="Due in the next 7 days" tone="warn" />
              </div>
            )}
            {d.openWindows.length ? (
              <section aria-label="Open this season" className="mt-4">
                <h3 className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Open this season</h3>
                <SeasonTaskList tasks={d.openWindows} today={now} />
              </section>
            ) : null}
            {d.decision && !d.decision.decided ? (
              <div className="mt-4">
                <Notice title="Reapply or pivot?">
                  {d.decision.message}{" "}
                  <Link href="/targets" className="underline">
                    Decide on the targets page
                  </Link>
                </Notice>
              </div>
            ) : null}
          </Card>
          <Card
            title="A-list: 3-touch progress"
            action={
              <Link href="/people?aList=1" className="text-sm underline">
                See all
              </Link>
            }
          >
            {d.aListStatus.message ? <Notice tone={d.aListStatus.level === "full" ? "info" : "warn"}>{d.aListStatus.message}</Notice> : null}
            {d.aList.length ? (
              <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700">
                {d.aList.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <div>
                      <Link href={`/people/${p.id}`} className="font-medium underline-offset-2 hover:underline">
                        {p.name}
                      </Link>
                      <p className="text-sm text-slate-600 dark:text-slate-400">
                        Next: {p.next.label}
                        {p.next.dueOn ? ` · ${formatDay(p.next.dueOn)}` : ""}
                      </p>
                    </div>
                    <ThreeTouch progress={p.progress} compact />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">
                <Link href="/people/new" className={buttonClass("primary")}>
                  Add someone to your A-list
                </Link>
              </p>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Log a touch">
            {d.people.length ? (
              <QuickTouch people={d.people} today={toDateOnly(now)} />
            ) : (
              <p className="text-sm">
                Add people to your map first.{" "}
                <Link href="/people/new" className="underline">
                  Add a person
                </Link>
              </p>
            )}
          </Card>
          {openings.length ? (
            <Card title={`Openings in ${d.target?.label ?? "your specialty"}`} className="border-green-600">
              <ul className="space-y-2 text-sm">
                {openings.map((o) => (
                  <li key={o.id}>
                    <Link href={`/board/${o.cohortId}/posts/${o.id}`} className="font-medium underline">
                      {o.title}
                    </Link>
                    <span className="block text-slate-600 dark:text-slate-400">
                      {[o.programName, o.institution].filter(Boolean).join(" · ")} · {o.evidenceKind === "CONFIRMED" ? "confirmed" : "rumour"}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <LettersCard letters={d.letters} />
        </div>
      </div>
    </>
  );
}
