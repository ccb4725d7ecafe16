"use client";

import { requestSupport } from "@/lib/actions/openings/request-support";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Option = { value: string; label: string; suggested: boolean };

/** Step two: who to ask. Program directors and strong letter writers are listed first. */
export function SupportForm({
  playbookId,
  pdOptions,
  writerOptions,
  initial,
}: {
  playbookId: string;
  pdOptions: Option[];
  writerOptions: Option[];
  initial: Record<string, string>;
}) {
  const { state, formAction, values, errors, formKey } = useActionForm(requestSupport, initial);
  const label = (o: Option, tag: string) => ({ value: o.value, label: o.suggested ? `${o.label} (${tag})` : o.label });
  return (
    // After a save the page sends the chosen people back as `initial`; a new key shows them instead of the reset form.
    <form key={formKey === "initial" ? JSON.stringify(initial) : formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="playbookId" value={playbookId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Your program director"
          name="pdId"
          id={`support-${playbookId}-pd`}
          placeholder="Choose…"
          defaultValue={values.pdId ?? ""}
          errors={errors.pdId}
          options={pdOptions.map((o) => label(o, "program leadership"))}
        />
        <SelectField
          label="A strong letter writer"
          name="writerId"
          id={`support-${playbookId}-writer`}
          placeholder="Choose…"
          defaultValue={values.writerId ?? ""}
          errors={errors.writerId}
          options={writerOptions.map((o) => label(o, "letter writer"))}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>Plan both asks</SubmitButton>
    </form>
  );
}
