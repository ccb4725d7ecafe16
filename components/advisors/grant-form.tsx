"use client";

import { updateGrant } from "@/lib/actions/advisors/update-grant";
import { ScopeFields } from "@/components/advisors/scope-fields";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function GrantForm({ grantId, scopes, endsOn }: { grantId: string; scopes: string[]; endsOn: string }) {
  const { state, formAction, values, errors, formKey } = useActionForm(updateGrant, { scopes: scopes.join(","), grantEndsOn: endsOn });
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="grantId" value={grantId} />
      <ScopeFields idPrefix={`grant-${grantId}`} checked={(values.scopes ?? "").split(",")} errors={errors.scopes} />
      <TextField
        label="Sharing ends on (optional)"
        name="grantEndsOn"
        id={`grant-${grantId}-end`}
        type="date"
        defaultValue={values.grantEndsOn}
        errors={errors.grantEndsOn}
      />
      <FormMessage state={state} />
      <SubmitButton>Save sharing</SubmitButton>
    </form>
  );
}
