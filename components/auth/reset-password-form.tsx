"use client";

import { useRouter } from "next/navigation";
import { resetPassword } from "@/lib/actions/auth/reset-password";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const router = useRouter();
  const { state, formAction, errors } = useActionForm(resetPassword, {}, { onSuccess: () => router.replace("/login?reset=1") });
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        hint={`At least ${minLength} characters.`}
        errors={errors.password}
      />
      <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton pendingText="Saving…" className="w-full">
        Save new password
      </SubmitButton>
    </form>
  );
}
