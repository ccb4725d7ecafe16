import type { Metadata } from "next";
import { GrantForm } from "@/components/advisors/grant-form";
import { InviteAdvisorForm } from "@/components/advisors/invite-advisor-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { revokeGrant } from "@/lib/actions/advisors/revoke-grant";
import { revokeInvitation } from "@/lib/actions/advisors/revoke-invitation";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { SCOPE_LABELS, SECTION_LABELS, type AdvisorScope, type AdvisorSection } from "@/lib/rules/advisor-scopes";
import { getSharing } from "@/lib/server/advisors/manage-grants";

export const metadata: Metadata = { title: "Advisors" };

const sectionName = (s: string) => SECTION_LABELS[s as AdvisorSection] ?? (s === "packet" ? "Meeting packet" : "Overview");

export default async function AdvisorsPage() {
  const viewer = await requireResident();
  const now = await getNow();
  const { live, past, invitations, views } = await getSharing(viewer, now);
  return (
    <>
      <PageHeader
        title="Advisors"
        description="Mentors, faculty or a program director you trust can follow your progress, read-only. You choose what each one sees, and you can stop at any time."
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={`Sharing with (${live.length})`}>
            {live.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">Nobody yet. Invite an advisor on the right.</p>
            ) : (
              <ul className="space-y-4">
                {live.map((g) => (
                  <li key={g.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <p className="font-semibold">{g.advisor.name}</p>
                        <p className="text-sm text-slate-600 dark:text-slate-400">
                          {g.advisor.email} · since {formatDay(g.createdAt)}
                          {g.expiresAt ? ` · until ${formatDay(g.expiresAt)}` : ""}
                        </p>
                        <p className="mt-1 flex flex-wrap gap-1">
                          {(g.scopes as AdvisorScope[]).map((s) => (
                            <Badge key={s}>{SCOPE_LABELS[s]?.label ?? s}</Badge>
                          ))}
                        </p>
                      </div>
                      <ActionButton
                        action={revokeGrant}
                        input={{ grantId: g.id }}
                        variant="danger"
                        confirm={{
                          title: `Stop sharing with ${g.advisor.name}?`,
                          body: "Their access ends on their next page load. You can invite them again later.",
                          confirmLabel: "Stop sharing",
                        }}
                      >
                        Stop sharing<span className="sr-only"> with {g.advisor.name}</span>
                      </ActionButton>
                    </div>
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-medium">Change what {g.advisor.name} sees</summary>
                      <div className="mt-2">
                        <GrantForm grantId={g.id} scopes={g.scopes} endsOn={g.expiresAt ? toDateOnly(g.expiresAt) : ""} />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            )}
            {past.length ? (
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                Ended: {past.map((g) => `${g.advisor.name} (${g.revokedAt ? `stopped ${formatDay(g.revokedAt)}` : "expired"})`).join(", ")}
              </p>
            ) : null}
          </Card>
          <Card title="Who looked at what">
            {views.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No advisor has opened your plan yet.</p>
            ) : (
              <div className="relative overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Every advisor view of your plan</caption>
                  <thead>
                    <tr className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="col" className="py-1 pr-2">
                        When
                      </th>
                      <th scope="col" className="py-1 pr-2">
                        Advisor
                      </th>
                      <th scope="col" className="py-1">
                        Section
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {views.map((v) => (
                      <tr key={v.id} className="border-b border-slate-100 dark:border-slate-800">
                        <td className="py-1 pr-2">
                          <LocalTime at={v.at} />
                        </td>
                        <td className="py-1 pr-2">{v.advisorName}</td>
                        <td className="py-1">{sectionName(v.section)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Invite an advisor">
            <InviteAdvisorForm />
          </Card>
          {invitations.length ? (
            <Card title="Waiting to be accepted">
              <ul className="space-y-2 text-sm">
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {i.email} · until {formatDay(i.expiresAt)}
                    </span>
                    <ActionButton action={revokeInvitation} input={{ invitationId: i.id }} variant="ghost" className="min-h-9 px-2 py-1">
                      Withdraw<span className="sr-only"> the invitation to {i.email}</span>
                    </ActionButton>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
