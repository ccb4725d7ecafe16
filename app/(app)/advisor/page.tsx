import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatShortDay } from "@/lib/dates";
import { getAdvisorHome } from "@/lib/server/advisors/get-advisor-home";

export const metadata: Metadata = { title: "Residents" };

const notShared = <span className="text-slate-500">not shared</span>;

export default async function AdvisorHomePage() {
  const viewer = await requireAdvisor();
  const residents = await getAdvisorHome(viewer, await getNow());
  return (
    <>
      <PageHeader title="Residents you advise" description="Read-only. Each resident chooses what you see; the ones who need attention most come first." />
      {residents.length === 0 ? (
        <Card>
          <p className="text-slate-700 dark:text-slate-300">
            No resident is sharing with you right now. When a resident invites you, open the link in their email and their plan appears here.
          </p>
        </Card>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">Residents sharing their progress with you</caption>
            <thead className="bg-slate-50 dark:bg-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Resident
                </th>
                <th scope="col" className="px-3 py-2">
                  Target
                </th>
                <th scope="col" className="px-3 py-2">
                  A-list touches
                </th>
                <th scope="col" className="px-3 py-2">
                  Letters
                </th>
                <th scope="col" className="px-3 py-2">
                  Next PD touchpoint
                </th>
                <th scope="col" className="px-3 py-2">
                  Decision
                </th>
                <th scope="col" className="px-3 py-2">
                  Overdue
                </th>
              </tr>
            </thead>
            <tbody>
              {residents.map((r) => (
                <tr key={r.residentId} className="border-t border-slate-200 dark:border-slate-700">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link href={`/advisor/residents/${r.residentId}`} className="font-semibold text-brand-700 underline dark:text-brand-100">
                      {r.name}
                    </Link>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{r.programName}</span>
                  </th>
                  <td className="px-3 py-2">{r.target ?? notShared}</td>
                  <td className="px-3 py-2">{r.aListTouches ? `${r.aListTouches.done} of ${r.aListTouches.total}` : notShared}</td>
                  <td className="px-3 py-2">{r.lettersSecured ?? notShared}</td>
                  <td className="px-3 py-2">
                    {r.scopes.includes("rotations")
                      ? r.nextTouchpoint
                        ? `${r.nextTouchpoint.label}, ${formatShortDay(r.nextTouchpoint.opensOn)}`
                        : "All done"
                      : notShared}
                  </td>
                  <td className="px-3 py-2">{r.decision ?? notShared}</td>
                  <td className="px-3 py-2">{r.overdue === null ? notShared : r.overdue ? <Badge tone="bad">{r.overdue}</Badge> : "0"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
