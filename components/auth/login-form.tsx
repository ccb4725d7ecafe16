"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { safeCallbackPath } from "@/lib/safe-redirect";

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<{ ok: boolean; message?: string } | null>(notice ? { ok: true, message: notice } : null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setState({ ok: false, message: "Enter your email address and password." });
      return;
    }
    startTransition(async () => {
      const result = await signIn("password", { email, password, redirect: false });
      if (!result || result.error) {
        setState({ ok: false, message: result?.error && result.error !== "CredentialsSignin" ? result.error : "Sign-in failed. Please try again." });
        return;
      }
      setState({ ok: true, message: "Signed in. Opening your workspace…" });
      router.replace(safeCallbackPath(callbackUrl));
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Email" name="email" type="email" autoComplete="email" required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link className="text-brand-700 underline dark:text-brand-100" href="/forgot-password">
          Forgot your password?
        </Link>
        <Link className="text-brand-700 underline dark:text-brand-100" href={callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup"}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
