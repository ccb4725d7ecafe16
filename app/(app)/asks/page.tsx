import type { Metadata } from "next";
import Link from "next/link";
import { AskForm } from "@/components/asks/ask-form";
import { LettersCard } from "@/components/asks/letters-card";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { PageRange, Pagination, pageHref } from "@/components/ui/pagination";
import { createAsk } from "@/lib/actions/asks/create-ask";
import { deleteAsk } from "@/lib/actions/asks/delete-ask";
import { updateAsk } from "@/lib/actions/asks/update-ask";
import { requireResident } from "@/lib/auth/viewer";
import { formatDay, toDateOnly } from "@/lib/dates";
import { pageParamSchema } from "@/lib/pagination";
import { ASK_KIND_LABELS } from "@/lib/rules/workspace";
import { listAsks } from "@/lib/server/asks/list-asks";
import { listPersonOptions } from "@/lib/server/people/list-person-options";
import { ASK_STATUS_LABELS } from "@/lib/validation/workspace";

export const metadata: Metadata = { title: "Asks and letters" };

export default async function AsksPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const viewer = await requireResident();
  const requested = pageParamSchema.parse((await searchParams).page);
  const [{ asks, warnings, letters, page, pageCount, total, from, to }, people] = await Promise.all([
    listAsks(viewer, { page: requested }),
    listPersonOptions(viewer),
  ]);
  return (
    <>
      <PageHeader title="Asks and letters" description="Letters, intel on openings, introductions and advocacy, spread across the people who can help." />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {warnings.map((w) => (
            <Notice key={w.personId} title="Spread your asks">
              {w.message}
            </Notice>
          ))}
          <Card title={`Your asks (${total})`}>
            <PageRange of={{ from, to, total, pageCount }} noun="asks" />
            {asks.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No asks yet. Plan one below once a relationship has a couple of touches behind it.</p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {asks.map((a) => (
                  <li key={a.id} className="py-3">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p>
                        <span className="font-medium">{ASK_KIND_LABELS[a.kind]}</span> from{" "}
                        <Link href={`/people/${a.person.id}`} className="underline">
                          {a.person.name}
                        </Link>{" "}
                        <Badge tone={a.status === "AGREED" || a.status === "DONE" ? "good" : a.status === "DECLINED" ? "bad" : "neutral"}>
                          {ASK_STATUS_LABELS[a.status]}
                        </Badge>
                      </p>
                      <ActionButton
                        action={deleteAsk}
                        input={{ askId: a.id }}
                        variant="ghost"
                        className="min-h-9 px-2 py-1"
                        confirm={{ title: "Delete this ask?", body: "It disappears from your letters progress and history.", confirmLabel: "Delete ask" }}
                      >
                        Delete
                        <span className="sr-only">
                          {" "}
                          {ASK_KIND_LABELS[a.kind]} from {a.person.name}
                        </span>
                      </ActionButton>
                    </div>
                    {a.kind === "LETTER" ? (
                      <p className="text-sm">
                        <Link href={`/asks/${a.id}/brag-sheet`} className="font-medium text-brand-700 underline dark:text-brand-100">
                          Brag sheet for {a.person.name}
                        </Link>
                      </p>
                    ) : null}
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {a.plannedOn ? `Planned ${formatDay(a.plannedOn)}` : ""}
                      {a.askedOn ? ` · asked ${formatDay(a.askedOn)}` : ""}
                      {a.respondedOn ? ` · answered ${formatDay(a.respondedOn)}` : ""}
                    </p>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm">Update</summary>
                      <div className="mt-2">
                        <AskForm
                          action={updateAsk}
                          askId={a.id}
                          personId={a.personId}
                          idPrefix={`ask-${a.id}`}
                          submitLabel="Save"
                          initial={{
                            kind: a.kind,
                            status: a.status,
                            plannedOn: a.plannedOn ? toDateOnly(a.plannedOn) : "",
                            askedOn: a.askedOn ? toDateOnly(a.askedOn) : "",
                            respondedOn: a.respondedOn ? toDateOnly(a.respondedOn) : "",
                            fromPrelimYear: a.fromPrelimYear ? "on" : "",
                            notes: a.notes ?? "",
                          }}
                        />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={page} pageCount={pageCount} label="Pages of asks" href={(p) => pageHref("/asks", {}, p)} />
          </Card>
          <Card title="Plan an ask">
            {people.length ? (
              <AskForm action={createAsk} people={people} submitLabel="Save ask" idPrefix="new-ask" />
            ) : (
              <p className="text-sm">
                Add people to your map first.{" "}
                <Link href="/people/new" className={buttonClass("secondary", "ml-2")}>
                  Add a person
                </Link>
              </p>
            )}
          </Card>
        </div>
        <div>
          <LettersCard letters={letters} />
        </div>
      </div>
    </>
  );
}
