"use client";

import Link from "next/link";
import { useState } from "react";
import { saveRankOrder } from "@/lib/actions/messages/save-rank-order";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";

export type WorksheetRow = {
  id: string;
  name: string;
  institution: string;
  position: number | null;
  impression: { liked: string | null; concerns: string | null; rankThoughts: string | null } | null;
  said: string[];
  lastContact: string | null;
  oversteps: number;
};

/** The rank order, moved one step at a time with buttons (keyboard and screen reader friendly), saved on each move. */
export function RankWorksheet({ cycleId, rows }: { cycleId: string; rows: WorksheetRow[] }) {
  const [status, setStatus] = useState("");
  const { run, pending } = useAction(({ order }: { order: string[]; said: string }) => saveRankOrder({ cycleId, programIds: order }), {
    onSuccess: (_data, _result, { said }) => setStatus(said),
    onError: (failure) => setStatus(`Not saved: ${failure.message}`),
  });
  const placed = rows.filter((r) => r.position !== null).map((r) => r.id);
  const name = (id: string) => rows.find((r) => r.id === id)?.name ?? "";

  const save = (order: string[], said: string) => void run({ order, said });
  const move = (id: string, by: -1 | 1) => {
    const order = [...placed];
    const at = order.indexOf(id);
    const to = at + by;
    if (at === -1 || to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    save(order, `${name(id)} is now #${to + 1}.`);
  };

  return (
    <div>
      <p aria-live="polite" className="mb-2 min-h-5 text-sm font-medium">
        {pending ? "Saving…" : status}
      </p>
      <ol className="space-y-3">
        {rows.map((r) => {
          const at = r.position === null ? -1 : placed.indexOf(r.id);
          return (
            <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p>
                  <span className="mr-2 inline-flex h-7 min-w-7 items-center justify-center rounded-full bg-slate-100 px-2 font-bold dark:bg-slate-800">
                    {r.position ?? "–"}
                  </span>
                  <Link href={`/programs/${r.id}`} className="font-semibold underline-offset-2 hover:underline">
                    {r.name}
                  </Link>
                  <span className="block text-slate-600 dark:text-slate-400">{r.institution}</span>
                </p>
                <div className="flex flex-wrap gap-1">
                  {at === -1 ? (
                    <button
                      type="button"
                      className={buttonClass("secondary")}
                      disabled={pending}
                      onClick={() => save([...placed, r.id], `${r.name} is now #${placed.length + 1}.`)}
                    >
                      Add to my order<span className="sr-only">: {r.name}</span>
                    </button>
                  ) : (
                    <>
                      <button type="button" className={buttonClass("secondary")} disabled={pending || at === 0} onClick={() => move(r.id, -1)}>
                        Up<span className="sr-only">: {r.name}</span>
                      </button>
                      <button type="button" className={buttonClass("secondary")} disabled={pending || at === placed.length - 1} onClick={() => move(r.id, 1)}>
                        Down<span className="sr-only">: {r.name}</span>
                      </button>
                      <button
                        type="button"
                        className={buttonClass("ghost")}
                        disabled={pending}
                        onClick={() =>
                          save(
                            placed.filter((id) => id !== r.id),
                            `${r.name} is out of your order.`,
                          )
                        }
                      >
                        Take out<span className="sr-only">: {r.name}</span>
                      </button>
                    </>
                  )}
                </div>
              </div>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                <div>
                  <p className="font-medium">My notes</p>
                  {r.impression ? (
                    <ul className="text-slate-700 dark:text-slate-300">
                      {r.impression.liked ? <li>Liked: {r.impression.liked}</li> : null}
                      {r.impression.concerns ? <li>Concerns: {r.impression.concerns}</li> : null}
                      {r.impression.rankThoughts ? <li>Ranking: {r.impression.rankThoughts}</li> : null}
                    </ul>
                  ) : (
                    <p className="text-slate-600 dark:text-slate-400">
                      No impressions yet.{" "}
                      <Link href={`/programs/${r.id}#impressions`} className="underline">
                        Write them
                      </Link>
                    </p>
                  )}
                </div>
                <div>
                  <p className="font-medium">What I told them</p>
                  <p className="flex flex-wrap gap-1">
                    {r.said.length
                      ? r.said.map((s) => (
                          <Badge key={s} tone="brand">
                            {s}
                          </Badge>
                        ))
                      : null}
                    {r.oversteps ? <Badge tone="warn">{r.oversteps === 1 ? "1 overstep recorded" : `${r.oversteps} oversteps recorded`}</Badge> : null}
                  </p>
                  <p className="text-slate-700 dark:text-slate-300">{r.lastContact ?? "No contact this cycle."}</p>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
