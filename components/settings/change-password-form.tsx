"use client";

import { changePassword } from "@/lib/actions/account/change-password";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const { state, formAction, errors, formKey } = useActionForm(changePassword);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={`At least ${minLength} characters.`}
        errors={errors.newPassword}
      />
      <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  );
}
