import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { PageRange, Pagination, pageHref } from "@/components/ui/pagination";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, startOfDayUtc } from "@/lib/dates";
import { pageParamSchema } from "@/lib/pagination";
import { listMeetings, type MeetingListItem } from "@/lib/server/meetings/list-meetings";

export const metadata: Metadata = { title: "Meetings" };

const kindLabel = (m: MeetingListItem) => (m.kind === "INTRO" ? "Intro meeting" : "Advice meeting");

function MeetingList({ items, label, today }: { items: MeetingListItem[]; label: string; today: Date }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 dark:divide-slate-700">
      {items.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <Link href={`/meetings/${m.id}`} className="font-medium underline-offset-2 hover:underline">
              {kindLabel(m)} with {m.person.name}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {m.status === "DONE" && m.completedOn ? `Met ${formatDay(m.completedOn)}` : formatDay(m.scheduledOn)}
              {m.openActionItems ? ` · ${m.openActionItems} open action item${m.openActionItems === 1 ? "" : "s"}` : ""}
            </p>
          </div>
          {m.status === "PLANNED" ? (
            m.scheduledOn < today ? (
              <Badge tone="bad">did it happen? record it</Badge>
            ) : (
              <Badge tone="brand">planned</Badge>
            )
          ) : m.status === "DONE" ? (
            m.reportBackOn && !m.reportedBackOn ? (
              <Badge tone={m.reportBackOn < today ? "bad" : "warn"}>report back by {formatDay(m.reportBackOn)}</Badge>
            ) : (
              <Badge tone="good">done</Badge>
            )
          ) : (
            <Badge>cancelled</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const viewer = await requireResident();
  const requested = pageParamSchema.parse((await searchParams).page);
  const [{ planned, done, cancelled, counts, page, pageCount, total, from, to }, now] = await Promise.all([
    listMeetings(viewer, { page: requested }),
    getNow(),
  ]);
  const today = startOfDayUtc(now);
  // A group whose meetings are all on other pages has no card on this page; the first page keeps the empty cards.
  const shows = (shown: number, count: number) => shown > 0 || (page === 1 && count === 0);
  return (
    <>
      <PageHeader title="Meetings" description="Intro and advice meetings: what is coming up, what you learned, and who is still owed a report back." />
      {total === 0 ? (
        <Card>
          <p>No meetings yet. Intro meetings with your A-list are the first step of the year: plan one from a person&apos;s page.</p>
          <p className="mt-3">
            <Link href="/people?aList=1" className={buttonClass("primary")}>
              Go to your A-list
            </Link>
          </p>
        </Card>
      ) : (
        <>
          <PageRange of={{ from, to, total, pageCount }} noun="meetings" />
          <div className="grid gap-4 lg:grid-cols-2">
            {shows(planned.length, counts.planned) ? (
              <Card title={`Coming up (${counts.planned})`}>
                {planned.length ? (
                  <MeetingList items={planned} label="Coming up" today={today} />
                ) : (
                  <p className="text-sm text-slate-600 dark:text-slate-400">Nothing planned. Plan the next one from a person&apos;s page.</p>
                )}
              </Card>
            ) : null}
            {shows(done.length, counts.done) ? (
              <Card title={`Done (${counts.done})`}>
                {done.length ? (
                  <MeetingList items={done} label="Done" today={today} />
                ) : (
                  <p className="text-sm text-slate-600 dark:text-slate-400">No meetings recorded as done yet.</p>
                )}
              </Card>
            ) : null}
            {cancelled.length ? (
              <Card title={`Cancelled (${counts.cancelled})`}>
                <MeetingList items={cancelled} label="Cancelled" today={today} />
              </Card>
            ) : null}
          </div>
          <Pagination page={page} pageCount={pageCount} label="Pages of meetings" href={(p) => pageHref("/meetings", {}, p)} />
        </>
      )}
    </>
  );
}
