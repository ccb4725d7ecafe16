"use client";

import { useActionState } from "react";
import { updateProfile } from "@/lib/actions/profile/update-profile";
import { ResidentProfileFields } from "@/components/profile/resident-profile-fields";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formStateOf } from "@/components/ui/use-form-state";

export function ProfileForm({ initial }: { initial: Record<string, string> }) {
  const [state, formAction] = useActionState(updateProfile, null);
  const { values, errors, formKey } = formStateOf(state, initial);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4">
      <TextField label="Your name" name="name" required autoComplete="name" defaultValue={values.name} errors={errors.name} />
      <ResidentProfileFields values={values} errors={errors} />
      <FormMessage state={state} />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
