"use client";

import { confirmEligibility } from "@/lib/actions/openings/confirm-eligibility";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function EligibilityForm({ playbookId, note, done }: { playbookId: string; note: string; done: boolean }) {
  const { state, formAction, values, errors, formKey } = useActionForm(confirmEligibility, { note });
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="playbookId" value={playbookId} />
      <TextAreaField
        label="What you found out (optional)"
        name="note"
        rows={2}
        defaultValue={values.note}
        errors={errors.note}
        hint="e.g. Coordinator confirmed J-1 through ECFMG; start 1 July."
      />
      <FormMessage state={state} />
      <SubmitButton>{done ? "Update" : "I have checked: it fits"}</SubmitButton>
    </form>
  );
}
