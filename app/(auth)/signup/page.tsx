import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getViewer } from "@/lib/auth/viewer";
import { homeFor } from "@/lib/navigation";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = raw ? safeCallbackPath(raw) : undefined;
  const viewer = await getViewer();
  if (viewer) redirect(homeFor(viewer.role));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Create your account</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Residents, applicants and advisors all start here.</p>
      </div>
      <SignUpForm minLength={PASSWORD_MIN_LENGTH} callbackUrl={callbackUrl} />
    </div>
  );
}
