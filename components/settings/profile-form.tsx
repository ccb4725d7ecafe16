"use client";

import { updateProfile } from "@/lib/actions/profile/update-profile";
import { ResidentProfileFields } from "@/components/profile/resident-profile-fields";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ProfileForm({ initial }: { initial: Record<string, string> }) {
  const { state, formAction, values, errors, formKey } = useActionForm(updateProfile, initial);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      <TextField label="Your name" name="name" required autoComplete="name" defaultValue={values.name} errors={errors.name} />
      <ResidentProfileFields values={values} errors={errors} />
      <FormMessage state={state} />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
