import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { joinCohort } from "@/lib/actions/cohorts/join-cohort";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { previewInvite } from "@/lib/server/cohorts/invites";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  await requireResident();
  const { token } = await params;
  const cohort = token.length <= 100 ? await previewInvite(token, await getNow()) : null;
  return (
    <>
      <PageHeader title="Join a cohort" />
      <Card>
        {cohort ? (
          <div className="space-y-3">
            <p>
              You are invited to <strong>{cohort.name}</strong> ({cohort.institution}). Members share openings and intel about positions, never about people.
            </p>
            <ActionButton action={joinCohort} input={{ token }} variant="primary" redirectTo="/board/[cohortId]" pendingText="Joining…">
              Join {cohort.name}
            </ActionButton>
          </div>
        ) : (
          <p role="alert">This invitation link is not valid, has expired, or has been used up. Ask a moderator of the cohort for a new one.</p>
        )}
      </Card>
    </>
  );
}
