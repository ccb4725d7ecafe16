"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signUp } from "@/lib/actions/auth/sign-up";
import { signInResult } from "@/components/auth/sign-in-result";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";

type SignUpInput = { name: string; email: string; password: string };

/** Creates the account, then signs in with it unless the email address must be confirmed first. */
async function signUpAndSignIn(input: SignUpInput) {
  const created = await signUp(input);
  if (!created.ok || created.data.confirmByEmail) return created;
  const signedIn = await signInResult(
    "password",
    { email: created.data.email, password: input.password },
    () => "Your account was created, but signing in failed. Sign in from the sign-in page.",
  );
  return signedIn.ok ? created : signedIn;
}

export function SignUpForm({ minLength, callbackUrl }: { minLength: number; callbackUrl?: string }) {
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const { run, pending, result } = useAction(signUpAndSignIn, {
    onSuccess: (account, created) => {
      if (account.confirmByEmail) return setSent(created.message ?? "Check your inbox for a link to finish creating your account.");
      // An advisor who signed up from an invitation goes straight back to it; accepting makes them an advisor.
      router.replace(callbackUrl?.startsWith("/advisor/accept/") ? callbackUrl : "/onboarding");
      router.refresh();
    },
    // Only a signed-in user goes on (above); the confirm-by-email notice stays on this page.
    refresh: false,
  });
  const failure = result && !result.ok ? result : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    void run(input);
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
