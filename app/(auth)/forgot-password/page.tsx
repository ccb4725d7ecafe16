import type { Metadata } from "next";
import Link from "next/link";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { canDeliverLinks } from "@/lib/email";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reset your password</h1>
      {canDeliverLinks() ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300">Enter the email you signed up with and we&apos;ll send a link to choose a new password.</p>
          <EmailLinkForm purpose="PASSWORD_RESET" submitLabel="Send reset link" />
        </>
      ) : (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
        >
          Email is not set up on this server, so password reset links cannot be sent. Ask the person who runs Prelim Scout to configure SMTP.
        </p>
      )}
      <Link href="/login" className="text-sm text-brand-700 underline dark:text-brand-100">
        Back to sign in
      </Link>
    </div>
  );
}
