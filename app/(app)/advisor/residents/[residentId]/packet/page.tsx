import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/plan/print-button";
import { requireAdvisor } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { TOUCHPOINT_STATE_LABELS } from "@/lib/rules/year-plan";
import { loadOr404 } from "@/lib/page-data";
import { GEO_STANCE_LABELS } from "@/lib/validation/workspace";
import { getAdvisedPacket } from "@/lib/server/advisors/get-advised-packet";

export const metadata: Metadata = { title: "Meeting packet" };

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="break-inside-avoid border-t border-slate-300 pt-2">
      <h2 className="text-sm font-bold uppercase tracking-wide text-slate-700 dark:text-slate-300 print:text-black">{title}</h2>
      <div className="mt-1 text-sm">{children}</div>
    </section>
  );
}

const notShared = <p className="text-slate-500">Not shared.</p>;

export default async function PacketPage({ params }: { params: Promise<{ residentId: string }> }) {
  const viewer = await requireAdvisor();
  const { residentId } = await params;
  const now = await getNow();
  const p = await loadOr404(residentId, () => getAdvisedPacket(viewer, residentId, now));
  return (
    <article className="mx-auto max-w-3xl space-y-4 bg-white p-6 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none dark:bg-slate-900 dark:text-slate-100">
      <div className="no-print flex flex-wrap justify-between gap-2">
        <Link href={`/advisor/residents/${residentId}`} className="text-sm underline">
          Back to {p.name}
        </Link>
        <PrintButton label="Print or save as PDF" />
      </div>
      <header>
        <h1 className="text-2xl font-bold">Meeting packet: {p.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400 print:text-black">
          {p.programName}, {p.institution} · prepared {formatDay(p.generatedOn)}
        </p>
      </header>
      <div className="grid gap-4 print:grid-cols-2 sm:grid-cols-2">
        <Block title="Targets">
          {p.target ? (
            <p>
              {p.target.specialty}; {GEO_STANCE_LABELS[p.target.stance]}
              {p.target.detail ? ` (${p.target.detail})` : ""}. Decision:{" "}
              {p.target.decision === "UNDECIDED" ? `open${p.decision ? `, due ${formatDay(p.decision.deadline)}` : ""}` : p.target.decision.toLowerCase()}.
            </p>
          ) : (
            notShared
          )}
        </Block>
        <Block title="Letters">
          {p.letters ? (
            <p>
              {p.letters.secured} secured of {p.letters.goalMin}-{p.letters.goalMax}. {p.letters.summary}
            </p>
          ) : (
            notShared
          )}
        </Block>
        <Block title="A-list progress">
          {p.aList ? (
            p.aList.length ? (
              <ul>
                {p.aList.map((a) => (
                  <li key={a.name}>
                    {a.name}: {a.completed}/3 · next {a.next.toLowerCase()}
                    {a.dueOn ? ` by ${formatDay(a.dueOn)}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p>No A-list yet.</p>
            )
          ) : (
            notShared
          )}
        </Block>
        <Block title="Upcoming PD touchpoints">
          {p.touchpoints ? (
            <ul>
              {p.touchpoints.map((t) => (
                <li key={t.label}>
                  {t.label}: {TOUCHPOINT_STATE_LABELS[t.state]} ({formatDay(t.opensOn)}
                  {t.closesOn ? ` to ${formatDay(t.closesOn)}` : " onward"})
                </li>
              ))}
            </ul>
          ) : (
            notShared
          )}
        </Block>
        <Block title="Overdue">
          {p.overdue ? (
            p.overdue.length ? (
              <ul>
                {p.overdue.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            ) : (
              <p>Nothing overdue.</p>
            )
          ) : (
            notShared
          )}
        </Block>
        <Block title="Open questions">
          {p.openQuestions.length ? (
            <ul>
              {p.openQuestions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : (
            <p>No open action items from meetings.</p>
          )}
        </Block>
      </div>
      <footer className="border-t border-slate-300 pt-2 text-xs text-slate-500 print:text-black">
        Shared read-only through Prelim Scout. Please do not forward.
      </footer>
    </article>
  );
}
