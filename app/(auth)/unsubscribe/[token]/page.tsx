import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UnsubscribeButton } from "@/components/settings/unsubscribe-button";
import { digestStateForToken } from "@/lib/server/plan/digest";

export const metadata: Metadata = { title: "Weekly digest", robots: { index: false } };

/** Linked from every digest. Opening it changes nothing (mail scanners open links); the button does. */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await digestStateForToken(token);
  if (!state) notFound();
  return (
    <>
      <h1 className="text-xl font-bold">Weekly digest</h1>
      {state.enabled ? (
        <div className="mt-4 space-y-4 text-sm">
          <p>Stop the weekly digest email? You can turn it back on, and choose its day and hour, in Settings.</p>
          <UnsubscribeButton token={token} />
        </div>
      ) : (
        <p role="status" className="mt-4 text-sm">
          The weekly digest is off: you will get no more of these emails. To turn it back on,{" "}
          <Link href="/settings" className="underline">
            open Settings
          </Link>
          .
        </p>
      )}
    </>
  );
}
