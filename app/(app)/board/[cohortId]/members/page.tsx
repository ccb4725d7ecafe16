import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/board/invite-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { leaveCohort } from "@/lib/actions/cohorts/leave-cohort";
import { liftBan } from "@/lib/actions/cohorts/lift-ban";
import { removeMember } from "@/lib/actions/cohorts/remove-member";
import { revokeInvite } from "@/lib/actions/cohorts/revoke-invite";
import { setMemberRole } from "@/lib/actions/cohorts/set-member-role";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { getCohort } from "@/lib/server/cohorts/get-cohort";
import { listInvites } from "@/lib/server/cohorts/invites";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const viewer = await requireResident();
  const { cohortId } = await params;
  const cohort = await loadOr404(cohortId, () => getCohort(viewer, cohortId));
  const moderator = cohort.viewerRole === "MODERATOR";
  const [invites, now] = await Promise.all([moderator ? listInvites(viewer, cohortId) : Promise.resolve([]), getNow()]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/board/${cohortId}`} className="underline">
          Back to the board
        </Link>
      </p>
      <PageHeader title={`Members of ${cohort.name}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={`Members (${cohort.memberships.length})`}>
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {cohort.memberships.map((m) => (
              <li key={m.user.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {m.user.name} {m.user.id === viewer.userId ? <span className="text-sm text-slate-600 dark:text-slate-400">(you)</span> : null}{" "}
                  {m.role === "MODERATOR" ? <Badge tone="brand">Moderator</Badge> : null}
                </span>
                {moderator && m.user.id !== viewer.userId ? (
                  <span className="flex flex-wrap gap-2">
                    <ActionButton
                      action={setMemberRole}
                      input={{ cohortId, userId: m.user.id, role: m.role === "MODERATOR" ? "MEMBER" : "MODERATOR" }}
                      className="min-h-9 px-2 py-1"
                    >
                      {m.role === "MODERATOR" ? "Make member" : "Make moderator"}
                      <span className="sr-only">: {m.user.name}</span>
                    </ActionButton>
                    <ActionButton
                      action={removeMember}
                      input={{ cohortId, userId: m.user.id }}
                      variant="danger"
                      className="min-h-9 px-2 py-1"
                      confirm={{
                        title: `Remove ${m.user.name}?`,
                        body: "They lose access to the board at once and cannot rejoin, even with an invitation, until a moderator lifts the ban. Their posts stay.",
                        confirmLabel: "Remove member",
                      }}
                    >
                      Remove<span className="sr-only"> {m.user.name}</span>
                    </ActionButton>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {moderator ? (
            <section aria-labelledby="removed-heading" className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
              <h3 id="removed-heading" className="text-sm font-semibold">
                Removed ({cohort.bans.length})
              </h3>
              {cohort.bans.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Nobody has been removed. Only moderators see this list.</p>
              ) : (
                <ul className="mt-1 divide-y divide-slate-200 dark:divide-slate-700">
                  {cohort.bans.map((b) => (
                    <li key={b.user.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        {b.user.name} <span className="text-sm text-slate-600 dark:text-slate-400">removed {formatDay(b.bannedAt)}</span>
                      </span>
                      <ActionButton
                        action={liftBan}
                        input={{ cohortId, userId: b.user.id }}
                        className="min-h-9 px-2 py-1"
                        confirm={{
                          title: `Lift the ban on ${b.user.name}?`,
                          body: "They can join again with an invitation link, like anyone else. They are not added back by this.",
                          confirmLabel: "Lift ban",
                        }}
                      >
                        Lift ban<span className="sr-only"> on {b.user.name}</span>
                      </ActionButton>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
            <ActionButton
              action={leaveCohort}
              input={{ cohortId }}
              variant="danger"
              redirectTo="/board"
              confirm={{
                title: "Leave this cohort?",
                body: "You lose access to its board at once. Your posts stay, under your name.",
                confirmLabel: "Leave cohort",
              }}
            >
              Leave cohort
            </ActionButton>
          </div>
        </Card>
        {moderator ? (
          <Card title="Invitations">
            <InviteForm cohortId={cohortId} />
            {invites.length ? (
              <ul className="mt-4 space-y-2 text-sm">
                {invites.map((i) => {
                  const live = !i.revokedAt && i.expiresAt > now && i.uses < i.maxUses;
                  return (
                    <li key={i.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span>
                        Created {formatDay(i.createdAt)} · used {i.uses} of {i.maxUses} ·{" "}
                        {i.revokedAt ? "revoked" : i.expiresAt <= now ? "expired" : `expires ${formatDay(i.expiresAt)}`}
                      </span>
                      {live ? (
                        <ActionButton action={revokeInvite} input={{ cohortId, inviteId: i.id }} variant="ghost" className="min-h-9 px-2 py-1">
                          Revoke
                        </ActionButton>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </Card>
        ) : null}
      </div>
    </>
  );
}
