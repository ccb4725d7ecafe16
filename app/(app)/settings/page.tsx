import type { Metadata } from "next";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { asResident, requireUser } from "@/lib/auth/viewer";
import { getProfile } from "@/lib/server/profile/get-profile";
import { CalendarFeedCard } from "@/components/settings/calendar-feed-card";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { buttonClass } from "@/components/ui/button";
import { DigestCard } from "@/components/settings/digest-card";
import { canSendEmail } from "@/lib/email";
import { hasCalendarFeed } from "@/lib/server/plan/calendar-feed";
import { getDigestSettings } from "@/lib/server/plan/digest";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { SessionsCard } from "@/components/settings/sessions-card";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getSessionClaims } from "@/lib/auth/session";
import { listSessions } from "@/lib/server/auth/sessions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireUser();
  const resident = asResident(viewer);
  const [[profile, feed, digest], sessions] = await Promise.all([
    resident ? Promise.all([getProfile(resident), hasCalendarFeed(resident), getDigestSettings(resident)]) : ([null, null, null] as const),
    getSessionClaims().then((claims) => listSessions(viewer, claims?.sessionId ?? null)),
  ]);
  return (
    <>
      <PageHeader title="Settings" />
      <div className="space-y-6">
        <Card title="Account">
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Name</dt>
              <dd className="font-medium">{viewer.name}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Email</dt>
              <dd className="font-medium">{viewer.email}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Role</dt>
              <dd className="font-medium">{viewer.role === "ADVISOR" ? "Advisor" : "Resident or applicant"}</dd>
            </div>
          </dl>
        </Card>
        <Card title="Where you are signed in">
          <SessionsCard sessions={sessions} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
        </Card>
        {resident ? (
          <Card title="Calendar feed">
            <CalendarFeedCard active={Boolean(feed)} />
          </Card>
        ) : null}
        {digest ? (
          <Card title="Weekly digest">
            <DigestCard {...digest} smtp={canSendEmail()} />
          </Card>
        ) : null}
        {profile ? (
          <Card title="Profile">
            <ProfileForm
              initial={{
                name: profile.name,
                track: profile.track,
                programName: profile.programName,
                institution: profile.institution,
                programStartDate: profile.programStartDate,
                isImg: profile.isImg ? "yes" : "no",
                visaStatus: profile.visaStatus,
              }}
            />
          </Card>
        ) : null}
        <Card title="Your data">
          <p className="mb-3 text-sm">Everything you own in Prelim Scout, as JSON, with your main lists as CSV, in one zip file.</p>
          <a href="/api/me/export" className={buttonClass("secondary")} download>
            Download my data
          </a>
        </Card>
        <Card title="Delete your account" className="border-red-300 dark:border-red-800">
          <DeleteAccountForm email={viewer.email} />
        </Card>
      </div>
    </>
  );
}
