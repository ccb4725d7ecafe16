import type { Metadata } from "next";
import { JoinButton } from "@/components/board/join-button";
import { Card, PageHeader } from "@/components/ui/card";
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
            <JoinButton token={token} name={cohort.name} />
          </div>
        ) : (
          <p role="alert">This invitation link is not valid, has expired, or has been used up. Ask a moderator of the cohort for a new one.</p>
        )}
      </Card>
    </>
  );
}
