import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getProfile } from "@/lib/server/profile/get-profile";
import { TRACK_LABELS } from "@/lib/server/profile/schemas";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const viewer = await requireResident();
  const profile = await getProfile(viewer);
  return (
    <>
      <PageHeader title={`Hello, ${profile.name.split(" ")[0]}`} description="Your week at a glance." />
      <Card title="Your program">
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Track</dt>
            <dd className="font-medium">{TRACK_LABELS[profile.track as keyof typeof TRACK_LABELS]}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Program</dt>
            <dd className="font-medium">
              {profile.programName}, {profile.institution}
            </dd>
          </div>
        </dl>
      </Card>
    </>
  );
}
