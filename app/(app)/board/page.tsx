import type { Metadata } from "next";
import Link from "next/link";
import { CohortForm } from "@/components/board/cohort-form";
import { NotificationsList } from "@/components/board/notifications-list";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getProfile } from "@/lib/server/profile/get-profile";
import { listMyCohorts } from "@/lib/server/cohorts/list-my-cohorts";
import { listUnreadNotifications } from "@/lib/server/board/notifications";
import { TRACK_LABELS } from "@/lib/server/profile/schemas";

export const metadata: Metadata = { title: "Board" };

export default async function BoardHome() {
  const viewer = await requireResident();
  const [cohorts, notices, profile] = await Promise.all([listMyCohorts(viewer), listUnreadNotifications(viewer), getProfile(viewer)]);
  return (
    <>
      <PageHeader
        title="Cohort board"
        description="Your prelim class scouts for each other: openings, leadership changes and vacancy intel, graded by evidence. About positions, never people."
      />
      <NotificationsList items={notices} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-3 lg:col-span-2">
          {cohorts.length === 0 ? (
            <Card title="You are not in a cohort yet">
              <p>Ask a classmate who moderates your cohort for an invitation link, or create the cohort for your class and invite them.</p>
            </Card>
          ) : (
            cohorts.map((c) => (
              <Card key={c.id}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <h2 className="text-lg font-semibold">
                      <Link href={`/board/${c.id}`} className="underline-offset-2 hover:underline">
                        {c.name}
                      </Link>
                    </h2>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {c.institution} · {TRACK_LABELS[c.track]} · {c.memberCount} member{c.memberCount === 1 ? "" : "s"} · {c.postCount} post
                      {c.postCount === 1 ? "" : "s"}
                    </p>
                  </div>
                  {c.role === "MODERATOR" ? <Badge tone="brand">Moderator</Badge> : null}
                </div>
              </Card>
            ))
          )}
        </div>
        <Card title="Create a cohort">
          <CohortForm
            defaults={{
              name: "",
              programName: profile.programName,
              institution: profile.institution,
              year: profile.programStartDate.slice(0, 4),
              track: profile.track,
            }}
          />
        </Card>
      </div>
    </>
  );
}
