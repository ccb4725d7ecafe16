"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signInResult } from "@/components/auth/sign-in-result";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { safeCallbackPath } from "@/lib/safe-redirect";

const signInWithPassword = async (credentials: { email: string; password: string }) => {
  const result = await signInResult("password", credentials, (error) => (error && error !== "CredentialsSignin" ? error : "Sign-in failed. Please try again."));
  return result.ok ? { ...result, message: "Signed in. Opening your workspace…" } : result;
};

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const router = useRouter();
  const { run, pending, result, fail } = useAction(signInWithPassword, { onSuccess: () => router.replace(safeCallbackPath(callbackUrl)) });
  const state = result ?? (notice ? { ok: true, message: notice } : null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) return fail("Enter your email address and password.");
    void run({ email, password });
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
        <Link
          className="text-brand-700 underline dark:text-brand-100"
          href={callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup"}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
