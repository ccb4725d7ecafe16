import type { Metadata } from "next";
import Link from "next/link";
import { MagicLinkConfirm } from "@/components/auth/magic-link-confirm";

export const metadata: Metadata = { title: "Sign in with your link" };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Sign in with your email link</h1>
      {token ? (
        <MagicLinkConfirm token={token} />
      ) : (
        <p role="alert">
          This page needs the link from your email. <Link href="/login" className="underline">Back to sign in</Link>.
        </p>
      )}
    </div>
  );
}
