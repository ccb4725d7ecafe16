import { SignOutButton } from "@/components/auth/sign-out-button";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";
import { signOutSession } from "@/lib/actions/account/sign-out-session";

export type SessionItem = { id: string; device: string; createdAt: Date; lastSeenAt: Date; current: boolean };

const when = (date: Date) => date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Where the account is signed in, with a way to end any of it. */
export function SessionsCard({ sessions }: { sessions: SessionItem[] }) {
  return (
    <div className="space-y-4 text-sm">
      <p>Each browser you signed in with. If you do not recognise one, sign it out and change your password.</p>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <span className="break-words">{s.device}</span>
                {s.current ? <Badge tone="brand">This device</Badge> : null}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                Signed in {when(s.createdAt)} UTC · last seen {when(s.lastSeenAt)} UTC
              </p>
            </div>
            {s.current ? (
              <SignOutButton />
            ) : (
              <ActionButton action={signOutSession} input={{ sessionId: s.id }} pendingText="Signing out…">
                Sign out<span className="sr-only"> {s.device}</span>
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      <ActionButton
        action={signOutEverywhere}
        input={{}}
        variant="danger"
        redirectTo="/login?signedOutEverywhere=1"
        pendingText="Signing out…"
        confirm={{
          title: "Sign out everywhere?",
          body: "Every browser signed in to your account, this one included, is signed out, and sign-in or reset links already sent stop working. You can sign in again at once.",
          confirmLabel: "Sign out everywhere",
        }}
      >
        Sign out everywhere
      </ActionButton>
    </div>
  );
}
