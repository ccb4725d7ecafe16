import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { acceptInvitation } from "@/lib/actions/advisors/accept-invitation";
import { requireUser } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { SCOPE_LABELS, type AdvisorScope } from "@/lib/rules/advisor-scopes";
import { previewInvitation } from "@/lib/server/advisors/invitations";

export const metadata: Metadata = { title: "Advisor invitation" };

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const viewer = await requireUser();
  const { token } = await params;
  const invitation = token.length <= 100 ? await previewInvitation(token, await getNow()) : null;
  return (
    <>
      <PageHeader title="Advisor invitation" />
      <Card>
        {!invitation ? (
          <p role="alert">This invitation has expired, was already used, or was withdrawn. Ask the resident for a new one.</p>
        ) : viewer.role === "RESIDENT" ? (
          <p role="alert">
            You are signed in with a resident account. Sign out and sign in with your advisor account (or create one) to accept {invitation.residentName}&apos;s
            invitation.
          </p>
        ) : (
          <div className="space-y-3">
            <p>
              <strong>{invitation.residentName}</strong> would like you to follow their progress, read-only. They share:
            </p>
            <ul className="list-disc pl-5 text-sm">
              {invitation.scopes.map((s) => (
                <li key={s}>{SCOPE_LABELS[s as AdvisorScope]?.label ?? s}</li>
              ))}
            </ul>
            <p className="text-sm text-slate-600 dark:text-slate-400">They see each time you open a section, and can stop sharing at any time.</p>
            <ActionButton action={acceptInvitation} input={{ token }} variant="primary" redirectTo="/advisor/residents/[residentId]" pendingText="Accepting…">
              Accept and view their plan
            </ActionButton>
          </div>
        )}
      </Card>
    </>
  );
}
