import type { Metadata } from "next";
import Link from "next/link";
import { MagicLinkConfirm } from "@/components/auth/magic-link-confirm";

export const metadata: Metadata = { title: "Sign in with your link" };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string; purpose?: string }> }) {
  const { token, purpose } = await searchParams;
  const signUp = purpose === "sign-up";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{signUp ? "Confirm your address" : "Sign in with your email link"}</h1>
      {token ? (
        <MagicLinkConfirm token={token} purpose={signUp ? "sign-up" : "sign-in"} />
      ) : (
        <p role="alert">
          This page needs the link from your email.{" "}
          <Link href="/login" className="underline">
            Back to sign in
          </Link>
          .
        </p>
      )}
    </div>
  );
}
