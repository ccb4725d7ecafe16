import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} minLength={PASSWORD_MIN_LENGTH} />
      ) : (
        <p role="alert">
          This page needs the link from your reset email.{" "}
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </div>
  );
}
