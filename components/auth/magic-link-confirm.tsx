"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * A button rather than an automatic sign-in, so mail scanners that open links do not use the token up. The same
 * page serves sign-in links and the link that finishes a sign-up (which then continues to onboarding).
 */
export function MagicLinkConfirm({ token, purpose = "sign-in" }: { token: string; purpose?: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<{ ok: boolean; message?: string } | null>(null);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "w-full")}
        onClick={() =>
          startTransition(async () => {
            const result = await signIn(purpose === "sign-up" ? "sign-up-link" : "magic-link", { token, redirect: false });
            if (!result || result.error) {
              setState({ ok: false, message: result?.error ?? "Sign-in failed. Ask for a new link." });
              return;
            }
            router.replace(purpose === "sign-up" ? "/onboarding" : "/");
            router.refresh();
          })
        }
      >
        {pending ? "Signing in…" : purpose === "sign-up" ? "Finish creating my account" : "Sign in to Prelim Scout"}
      </button>
    </div>
  );
}
