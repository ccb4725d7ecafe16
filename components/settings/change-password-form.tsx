"use client";

import { useActionState } from "react";
import { changePassword } from "@/lib/actions/account/change-password";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formStateOf } from "@/components/ui/use-form-state";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, formAction] = useActionState(changePassword, null);
  const { errors, formKey } = formStateOf(state);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={minLength} hint={`At least ${minLength} characters.`} errors={errors.newPassword} />
      <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  );
}
