import type { Metadata } from "next";
import Link from "next/link";
import { RankWorksheet } from "@/components/programs/rank-worksheet";
import { Notice } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { MESSAGE_TEMPLATES } from "@/lib/rules/message-templates";
import { ensureCycles, pickCycle } from "@/lib/server/cycles/ensure-cycles";
import { getRankWorksheet } from "@/lib/server/messages/rank-worksheet";

export const metadata: Metadata = { title: "Rank worksheet" };

export default async function RankWorksheetPage({ searchParams }: { searchParams: Promise<{ cycle?: string }> }) {
  const viewer = await requireResident();
  const now = await getNow();
  const cycles = await ensureCycles(viewer);
  const cycle = pickCycle(cycles, (await searchParams).cycle, now);
  if (!cycle) return <PageHeader title="Rank worksheet" description="No match cycle is set up." />;
  const w = await getRankWorksheet(viewer, cycle.id);
  return (
    <>
      <PageHeader
        title="Rank worksheet"
        description={`Private to you. Your order for the ${cycle.name} (rank list deadline ${formatDay(w.cycle.rankListDeadline)}), next to your notes and what you told each program.`}
        action={
          <Link href={`/messages?cycle=${cycle.id}`} className="inline-flex min-h-11 items-center underline">
            What have I told whom
          </Link>
        }
      />
      <nav aria-label="Match cycles" className="mb-4 flex flex-wrap gap-2">
        {cycles.map((c) => (
          <Link
            key={c.id}
            href={`/programs/rank?cycle=${c.id}`}
            aria-current={c.id === cycle.id ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${c.id === cycle.id ? "border-brand-600 bg-brand-50 font-semibold text-brand-800 dark:bg-slate-800 dark:text-white" : "border-slate-300"}`}
          >
            {c.name}
          </Link>
        ))}
      </nav>
      <div className="mb-4">
        {w.firstChoice.state === "mismatch" ? (
          <Notice title="One first choice">
            You told {w.firstChoice.program.name} it is your first choice, but {w.firstChoice.top.name} is #1 here. Rank where you truly want to train; then
            make sure nothing you write repeats a first-choice promise that is no longer true, and say it to no other program.
          </Notice>
        ) : w.firstChoice.state === "consistent" ? (
          <Notice tone="good" title="One first choice">
            You told {w.firstChoice.program.name}, and only {w.firstChoice.program.name}, that it is your first choice
            {w.firstChoice.top ? ", and it is #1 here" : ""}. No other program can hear that this cycle.
          </Notice>
        ) : (
          <Notice tone="info" title="One first choice">
            You have not told any program it is your first choice this cycle. If you do, say it to one program only: the one at the top of this list.
          </Notice>
        )}
      </div>
      <Card title={`Programs (${w.rankedCount} placed of ${w.rows.length})`}>
        {w.rows.length === 0 ? (
          <p className="text-sm">
            No programs yet.{" "}
            <Link href="/programs/new" className="underline">
              Add one
            </Link>
            .
          </p>
        ) : (
          <RankWorksheet
            cycleId={cycle.id}
            rows={w.rows.map((r) => ({
              id: r.id,
              name: r.name,
              institution: r.institution,
              position: r.position,
              impression: r.impression ? { liked: r.impression.liked, concerns: r.impression.concerns, rankThoughts: r.impression.rankThoughts } : null,
              said: [
                ...(r.firstChoiceClaim ? ["first-choice claim"] : []),
                ...(r.letterOfIntent ? [`letter of intent, ${formatDay(r.letterOfIntent.sentAt)}`] : []),
              ],
              lastContact: r.lastContact
                ? `Last contact: ${MESSAGE_TEMPLATES[r.lastContact.kind].label.toLowerCase()}, ${formatDay(r.lastContact.sentAt)}${r.lastContact.pending ? " (not yet confirmed as sent)" : ""}.`
                : null,
              oversteps: r.oversteps,
            }))}
          />
        )}
      </Card>
    </>
  );
}
