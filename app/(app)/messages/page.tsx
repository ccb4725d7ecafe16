import type { Metadata } from "next";
import Link from "next/link";
import { CycleForm } from "@/components/programs/cycle-form";
import { PendingMessages } from "@/components/programs/pending-messages";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { PageRange, Pagination, pageHref } from "@/components/ui/pagination";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { ruleLabel } from "@/lib/labels/messages";
import { pageParamSchema } from "@/lib/pagination";
import { MESSAGE_TEMPLATES } from "@/lib/rules/message-templates";
import { ensureCycles, pickCycle } from "@/lib/server/cycles/ensure-cycles";
import { getCycleOverview } from "@/lib/server/messages/get-cycle-overview";
import { listBlockedAttempts } from "@/lib/server/messages/list-blocked-attempts";
import { listDrafts, listPendingMessages } from "@/lib/server/messages/list-drafts";
import { PROGRAM_STATUS_LABELS } from "@/lib/validation/programs";

export const metadata: Metadata = { title: "What have I told whom" };

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<{ cycle?: string; page?: string | string[]; drafts?: string | string[] }>;
}) {
  const viewer = await requireResident();
  const now = await getNow();
  const cycles = await ensureCycles(viewer);
  const query = await searchParams;
  const cycle = pickCycle(cycles, query.cycle, now);
  if (!cycle) return <PageHeader title="What have I told whom" description="No match cycle is set up." />;
  // The programs table (?page=) and the open drafts (?drafts=) are paged separately, each keeping the other's page.
  const pages = { programs: pageParamSchema.parse(query.page), drafts: pageParamSchema.parse(query.drafts) };
  const [overview, blocked, open, stoppedPage, pending] = await Promise.all([
    getCycleOverview(viewer, cycle.id, { page: pages.programs }),
    listBlockedAttempts(viewer),
    listDrafts(viewer, { blocked: false, page: pages.drafts }),
    listDrafts(viewer, { blocked: true }),
    listPendingMessages(viewer),
  ]);
  // Blocked drafts are the messages the rules are holding now (the 50 latest, like the history below); the audit
  // history adds refusals at the gate itself (a race between two tabs, a stale page) whose drafts have since moved on.
  const stopped = stoppedPage.items;
  const stoppedIds = new Set(stopped.map((d) => `/programs/${d.program.id}/compose?kind=${d.kind}`));
  const history = blocked.filter((b) => !b.draftHref || !stoppedIds.has(b.draftHref));
  return (
    <>
      <PageHeader
        title="What have I told whom"
        description={`Everything you have recorded as sent in the ${cycle.name}, so your story stays the same everywhere.`}
        action={
          <Link href={`/programs/rank?cycle=${cycle.id}`} className="inline-flex min-h-11 items-center underline">
            Rank worksheet
          </Link>
        }
      />
      <PendingMessages messages={pending} />
      <nav aria-label="Match cycles" className="mb-4 flex flex-wrap gap-2">
        {cycles.map((c) => (
          <Link
            key={c.id}
            href={`/messages?cycle=${c.id}`}
            aria-current={c.id === cycle.id ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${c.id === cycle.id ? "border-brand-600 bg-brand-50 font-semibold text-brand-800 dark:bg-slate-800 dark:text-white" : "border-slate-300"}`}
          >
            {c.name}
          </Link>
        ))}
      </nav>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <div className="grid gap-4 sm:grid-cols-2">
            <Card title="First choice">
              {overview.firstChoice ? (
                <p>
                  You told{" "}
                  <Link href={`/programs/${overview.firstChoice.program.id}`} className="font-semibold underline">
                    {overview.firstChoice.program.name}
                  </Link>{" "}
                  it is your first choice. No other program can hear that this cycle.
                </p>
              ) : (
                <p className="text-sm">You have not told any program it is your first choice this cycle.</p>
              )}
            </Card>
            <Card title="Letter of intent">
              {overview.letterOfIntent ? (
                <p>
                  Sent to{" "}
                  <Link href={`/programs/${overview.letterOfIntent.program.id}`} className="font-semibold underline">
                    {overview.letterOfIntent.program.name}
                  </Link>{" "}
                  on {formatDay(overview.letterOfIntent.sentAt)}. That is your one letter of intent for this cycle.
                </p>
              ) : (
                <p className="text-sm">Not sent. You may send one, to your true first choice, usually in January or early February.</p>
              )}
            </Card>
          </div>
          <Card title={`Last contact per program (${overview.contacted} of ${overview.total})`}>
            <PageRange of={overview} noun="programs, by name" />
            {overview.total === 0 ? (
              <p className="text-sm">
                No programs yet.{" "}
                <Link href="/programs/new" className="underline">
                  Add one
                </Link>
                .
              </p>
            ) : (
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[32rem] text-left text-sm">
                  <caption className="sr-only">Last contact per program in the {cycle.name}</caption>
                  <thead>
                    <tr className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="col" className="py-2 pr-2">
                        Program
                      </th>
                      <th scope="col" className="py-2 pr-2">
                        Status
                      </th>
                      <th scope="col" className="py-2 pr-2">
                        Last contact
                      </th>
                      <th scope="col" className="py-2">
                        Messages
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {overview.programs.map((p) => (
                      <tr key={p.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                        <td className="py-2 pr-2">
                          <Link href={`/programs/${p.id}`} className="font-medium underline-offset-2 hover:underline">
                            {p.name}
                          </Link>
                          <span className="block text-xs text-slate-600 dark:text-slate-400">{p.institution}</span>
                          {p.claimedFirstChoice ? (
                            <span className="ml-1">
                              <Badge tone="brand">first choice</Badge>
                            </span>
                          ) : null}
                          {p.postInterviewCommunication === "NO" ? (
                            <span className="ml-1">
                              <Badge tone="warn">no contact after interview</Badge>
                            </span>
                          ) : null}
                        </td>
                        <td className="py-2 pr-2">{PROGRAM_STATUS_LABELS[p.status]}</td>
                        <td className="py-2 pr-2">
                          {p.lastContact ? `${MESSAGE_TEMPLATES[p.lastContact.kind].label}, ${formatDay(p.lastContact.sentAt)}` : "None"}
                        </td>
                        <td className="py-2">{p.messageCount}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pagination
              page={overview.page}
              pageCount={overview.pageCount}
              label="Pages of programs"
              href={(p) => pageHref("/messages", { cycle: query.cycle, drafts: pages.drafts }, p)}
            />
          </Card>
          <Card title={`Drafts (${open.total})`}>
            <PageRange of={open} noun="drafts" />
            {open.total === 0 ? (
              <p className="text-sm">No drafts waiting. A message you start writing to a program is saved until you send it.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {open.items.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center gap-2">
                    <Link href={`/programs/${d.program.id}/compose?kind=${d.kind}`} className="font-medium underline">
                      {MESSAGE_TEMPLATES[d.kind].label} to {d.program.name}, {d.program.institution}
                    </Link>
                    <span className="text-slate-600 dark:text-slate-400">saved {formatDay(d.updatedAt)}</span>
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={open.page}
              pageCount={open.pageCount}
              label="Pages of drafts"
              href={(p) => pageHref("/messages", { cycle: query.cycle, page: pages.programs }, p, "drafts")}
            />
          </Card>
          <Card title="Messages the rules stopped">
            {stoppedPage.pageCount > 1 ? (
              <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
                The latest {stopped.length} of {stoppedPage.total} drafts the rules are holding.
              </p>
            ) : null}
            {stopped.length === 0 && history.length === 0 ? (
              <p className="text-sm">None. Every message you wrote passed the checks.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {stopped.map((d) => (
                  <li key={d.id}>
                    <span className="font-medium">
                      {MESSAGE_TEMPLATES[d.kind].label} to {d.program.name}, {d.program.institution}
                    </span>
                    : stopped by{" "}
                    {d.findings
                      .filter((f) => f.severity === "block")
                      .map((f) => ruleLabel(f.rule))
                      .join(", ")}
                    . Saved {formatDay(d.updatedAt)}.{" "}
                    <Link href={`/programs/${d.program.id}/compose?kind=${d.kind}`} className="underline">
                      Reopen the draft
                      <span className="sr-only">
                        : {MESSAGE_TEMPLATES[d.kind].label} to {d.program.name}
                      </span>
                    </Link>
                  </li>
                ))}
                {history.map((b) => (
                  <li key={b.id}>
                    {formatDay(b.at)}: {b.kind && b.kind in MESSAGE_TEMPLATES ? `${MESSAGE_TEMPLATES[b.kind as keyof typeof MESSAGE_TEMPLATES].label} to ` : ""}
                    {b.program ? `${b.program.name}, ${b.program.institution}` : "a program you no longer track"}: refused on sending by{" "}
                    {b.rules.map(ruleLabel).join(", ") || "a message rule"}.
                    {b.draftHref ? (
                      <>
                        {" "}
                        <Link href={b.draftHref} className="underline">
                          Reopen the draft
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div>
          <Card title={`${cycle.name} calendar`}>
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              Typical dates. Correct them when the NRMP publishes this cycle&apos;s calendar; the rules follow what you set here.
            </p>
            <CycleForm
              cycleId={cycle.id}
              initial={{
                applicationsOpen: toDateOnly(cycle.applicationsOpen),
                rankListDeadline: toDateOnly(cycle.rankListDeadline),
                matchWeekMonday: toDateOnly(cycle.matchWeekMonday),
                soapEnd: toDateOnly(cycle.soapEnd),
                matchDay: toDateOnly(cycle.matchDay),
                trainingStart: toDateOnly(cycle.trainingStart),
              }}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
