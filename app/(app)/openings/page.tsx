import type { Metadata } from "next";
import Link from "next/link";
import { WatchForm } from "@/components/openings/watch-form";
import { ActionButton } from "@/components/ui/action-button";
import { ExternalLink } from "@/components/ui/external-link";
import { Disclosure } from "@/components/ui/disclosure";
import { Badge, Notice } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { deleteWatchedProgram } from "@/lib/actions/openings/delete-watched-program";
import { markWatchChecked } from "@/lib/actions/openings/mark-watch-checked";
import { saveWatchedProgram } from "@/lib/actions/openings/save-watched-program";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { WATCH_CADENCE_LABELS, WATCH_SOURCE_LABELS, type WatchCadence } from "@/lib/labels/evidence";
import { NAMED_SPECIALTY_OPTIONS, specialtyLabel } from "@/lib/rules/specialties";
import { getOpenings } from "@/lib/server/openings/get-openings";

export const metadata: Metadata = { title: "Openings" };

export default async function OpeningsPage() {
  const viewer = await requireResident();
  const now = await getNow();
  const today = toDateOnly(now);
  const o = await getOpenings(viewer, now);
  const due = o.watchlist.filter((w) => w.nextCheckOn <= today);
  return (
    <>
      <PageHeader
        title="Openings"
        description="Openings you are acting on, and programs you watch for off-cycle PGY-2 vacancies. Positions open all year and are often filled quietly: look regularly."
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={`Openings you are acting on (${o.playbooks.length})`}>
            {o.playbooks.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                None yet. When an opening appears on your{" "}
                <Link href="/board" className="underline">
                  cohort board
                </Link>
                , start its playbook from the post.
              </p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {o.playbooks.map((p) => (
                  <li key={p.id} className="py-3">
                    <Link href={`/board/${p.post.cohortId}/posts/${p.post.id}/playbook`} className="font-medium underline">
                      {p.post.title}
                    </Link>
                    <p className="text-sm text-slate-600 dark:text-slate-400">{[p.post.programName, p.post.institution].filter(Boolean).join(" · ")}</p>
                    <p className="mt-1 flex flex-wrap gap-1 text-sm">
                      {p.steps.map((s, i) => (
                        <Badge key={s.key} tone={s.status === "done" ? "good" : s.status === "blocked" ? "bad" : "neutral"}>
                          {i + 1}. {s.status === "done" ? "done" : s.status === "blocked" ? "stopped" : "to do"}
                          <span className="sr-only">: {s.title}</span>
                        </Badge>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title={`Watchlist (${o.watchlist.length})`}>
            {due.length ? (
              <div className="mb-3">
                <Notice title={`${due.length} to check ${due.some((w) => w.overdue) ? "(some overdue)" : "today"}`}>
                  Look at each program&apos;s vacancies page and FREIDA; if you find an opening, post it to your cohort board.
                </Notice>
              </div>
            ) : null}
            {o.watchlist.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                No programs yet. Add the ones known to take prelims into PGY-2 spots, and check them on a schedule.
              </p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {o.watchlist.map((w) => (
                  <li key={w.id} className="py-3">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-medium">
                          {w.name}
                          {w.institution ? <span className="font-normal"> · {w.institution}</span> : null}
                        </p>
                        <p className="text-sm text-slate-600 dark:text-slate-400">
                          {w.specialty ? `${specialtyLabel(w.specialty)} · ` : ""}
                          {WATCH_CADENCE_LABELS[w.cadenceDays as WatchCadence] ?? `Every ${w.cadenceDays} days`} ·{" "}
                          {w.lastCheckedOn ? `last checked ${formatDay(w.lastCheckedOn)}` : "not checked yet"}
                        </p>
                        <p className="text-sm">
                          <Badge tone={w.overdue ? "bad" : w.nextCheckOn <= today ? "warn" : "neutral"}>
                            {w.overdue
                              ? `overdue since ${formatDay(w.nextCheckOn)}`
                              : w.nextCheckOn <= today
                                ? "check today"
                                : `next check ${formatDay(w.nextCheckOn)}`}
                          </Badge>
                        </p>
                      </div>
                      <span className="flex flex-wrap gap-1">
                        <ActionButton action={markWatchChecked} input={{ watchId: w.id }} variant="secondary" className="min-h-9 px-3 py-1">
                          Checked today<span className="sr-only"> ({w.name})</span>
                        </ActionButton>
                        <ActionButton
                          action={deleteWatchedProgram}
                          input={{ watchId: w.id }}
                          variant="ghost"
                          className="min-h-9 px-2 py-1"
                          confirm={{
                            title: `Stop watching ${w.name}?`,
                            body: "Its reminders stop. Your notes on it are deleted.",
                            confirmLabel: "Stop watching",
                          }}
                        >
                          Remove<span className="sr-only"> {w.name}</span>
                        </ActionButton>
                      </span>
                    </div>
                    {w.sources.length ? <p className="mt-1 text-sm">Look at: {w.sources.map((s) => WATCH_SOURCE_LABELS[s]).join("; ")}</p> : null}
                    {w.url ? (
                      <p className="text-sm">
                        <ExternalLink href={w.url} />
                      </p>
                    ) : null}
                    {w.notes ? <p className="mt-1 whitespace-pre-line text-sm">{w.notes}</p> : null}
                    <Disclosure className="mt-2" summaryClassName="cursor-pointer text-sm" summary="Edit">
                      <div className="mt-2">
                        <WatchForm
                          watchId={w.id}
                          idPrefix={`watch-${w.id}`}
                          submitLabel="Save"
                          specialties={NAMED_SPECIALTY_OPTIONS}
                          initial={{
                            name: w.name,
                            institution: w.institution ?? "",
                            specialty: w.specialty ?? "",
                            url: w.url ?? "",
                            sources: w.sources.join(","),
                            cadenceDays: String(w.cadenceDays),
                            notes: w.notes ?? "",
                          }}
                        />
                      </div>
                    </Disclosure>
                  </li>
                ))}
              </ul>
            )}
            <Disclosure className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700" defaultOpen={o.watchlist.length === 0} summary="Watch a program">
              <div className="mt-3">
                <WatchForm idPrefix="new-watch" submitLabel="Add to watchlist" specialties={NAMED_SPECIALTY_OPTIONS} />
              </div>
            </Disclosure>
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Where off-cycle spots show up">
            <ul className="list-disc space-y-1 pl-5 text-sm">
              <li>FREIDA and program websites: look for open or vacant positions pages.</li>
              <li>Specialty listservs, forums and resident groups, where programs and residents post them.</li>
              <li>Your cohort board: members share what they hear.</li>
              <li>A short, specific email to the coordinator when you see a hint of one.</li>
            </ul>
          </Card>
          <Card title="Seen on your cohort boards">
            {o.suggestions.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No PGY-2 openings posted that are not on your watchlist already.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {o.suggestions.map((s) => (
                  <li key={`${s.name}|${s.institution}`}>
                    <span className="font-medium">{s.name}</span>
                    {s.institution ? ` · ${s.institution}` : ""}{" "}
                    <span className="text-slate-600 dark:text-slate-400">({s.posts === 1 ? "1 PGY-2 post" : `${s.posts} PGY-2 posts`})</span>
                    <span className="mt-1 block">
                      <ActionButton
                        action={saveWatchedProgram}
                        input={{
                          name: s.name,
                          institution: s.institution,
                          specialty: s.specialty ?? "",
                          sources: ["PROGRAM_WEBSITE", "FREIDA", "COHORT_BOARD"],
                          cadenceDays: 14,
                        }}
                        className="min-h-9 px-3 py-1"
                      >
                        Watch<span className="sr-only"> {s.name}</span>
                      </ActionButton>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
