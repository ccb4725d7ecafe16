"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signUp } from "@/lib/actions/auth/sign-up";
import type { ActionFailure } from "@/lib/actions/safe-action";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function SignUpForm({ minLength, callbackUrl }: { minLength: number; callbackUrl?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    startTransition(async () => {
      const result = await signUp(input);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      if (result.data.confirmByEmail) {
        setFailure(null);
        setSent(result.message ?? "Check your inbox for a link to finish creating your account.");
        return;
      }
      const signedIn = await signIn("password", { email: result.data.email, password: input.password, redirect: false });
      if (!signedIn || signedIn.error) {
        setFailure({ ok: false, code: "UNAVAILABLE", message: "Your account was created, but signing in failed. Sign in from the sign-in page." });
        return;
      }
      // An advisor who signed up from an invitation goes straight back to it; accepting makes them an advisor.
      router.replace(callbackUrl?.startsWith("/advisor/accept/") ? callbackUrl : "/onboarding");
      router.refresh();
    });
  }

  const errors = failure?.fieldErrors;
  if (sent) return <FormMessage state={{ ok: true, message: sent }} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Your name" name="name" autoComplete="name" required errors={errors?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={errors?.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={`At least ${minLength} characters. A short sentence works well.`}
        errors={errors?.password}
      />
      <FormMessage state={failure} />
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm">
        Already have an account?{" "}
        <Link className="text-brand-700 underline dark:text-brand-100" href={callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login"}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
