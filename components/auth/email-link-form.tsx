"use client";

import { requestEmailLink } from "@/lib/actions/auth/request-link";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function EmailLinkForm({ purpose, submitLabel }: { purpose: "MAGIC_LINK" | "PASSWORD_RESET"; submitLabel: string }) {
  const { state, formAction, values, errors, formKey } = useActionForm(requestEmailLink);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="purpose" value={purpose} />
      <TextField
        label="Email"
        name="email"
        // The sign-in page also has the password form's "email" field: ids must differ for the labels to work.
        id={`${purpose === "MAGIC_LINK" ? "link" : "reset"}-email`}
        type="email"
        autoComplete="email"
        required
        errors={errors.email}
        defaultValue={values.email}
        key={formKey}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Sending…" className="w-full">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
