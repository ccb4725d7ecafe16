"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { resetPassword } from "@/lib/actions/auth/reset-password";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const router = useRouter();
  const [state, formAction] = useActionState(resetPassword, null);
  useEffect(() => {
    if (state?.ok) router.replace("/login?reset=1");
  }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" minLength={minLength} required hint={`At least ${minLength} characters.`} errors={errors?.password} />
      <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton pendingText="Saving…" className="w-full">
        Save new password
      </SubmitButton>
    </form>
  );
}
