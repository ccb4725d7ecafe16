"use client";

import { useRouter } from "next/navigation";
import { signInResult } from "@/components/auth/sign-in-result";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";

/**
 * A button rather than an automatic sign-in, so mail scanners that open links do not use the token up. The same
 * page serves sign-in links and the link that finishes a sign-up (which then continues to onboarding).
 */
export function MagicLinkConfirm({ token, purpose = "sign-in" }: { token: string; purpose?: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const { run, pending, result } = useAction(
    () => signInResult(purpose === "sign-up" ? "sign-up-link" : "magic-link", { token }, (error) => error ?? "Sign-in failed. Ask for a new link."),
    {
      onSuccess: () => router.replace(purpose === "sign-up" ? "/onboarding" : "/"),
    },
  );
  return (
    <div className="space-y-4">
      <FormMessage state={result && !result.ok ? result : null} />
      <button type="button" disabled={pending} className={buttonClass("primary", "w-full")} onClick={() => void run(undefined)}>
        {pending ? "Signing in…" : purpose === "sign-up" ? "Finish creating my account" : "Sign in to Prelim Scout"}
      </button>
    </div>
  );
}
