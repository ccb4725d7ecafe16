import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { LoginForm } from "@/components/auth/login-form";
import { getViewer } from "@/lib/auth/viewer";
import { canDeliverLinks } from "@/lib/email";
import { homeFor } from "@/lib/navigation";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  signedOut: "You have signed out.",
  reset: "Your password was changed and every device was signed out. Sign in with the new one.",
  signedOutEverywhere: "You have signed out on every device.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const viewer = await getViewer();
  const callbackUrl = typeof params.callbackUrl === "string" ? safeCallbackPath(params.callbackUrl) : undefined;
  if (viewer) redirect(callbackUrl ?? homeFor(viewer.role));
  const notice = Object.keys(NOTICES).find((key) => params[key] !== undefined);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <LoginForm callbackUrl={callbackUrl} notice={notice ? NOTICES[notice] : undefined} />
      {canDeliverLinks() ? (
        <details className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <summary className="cursor-pointer text-sm font-medium">Email me a sign-in link instead</summary>
          <div className="mt-3">
            <EmailLinkForm purpose="MAGIC_LINK" submitLabel="Send sign-in link" />
          </div>
        </details>
      ) : null}
    </div>
  );
}
