"use client";

import { assignMentor } from "@/lib/actions/mentors/assign-mentor";
import type { MentorRole } from "@/lib/labels/evidence";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** Names someone from the map for one mentor role. */
export function AssignMentorForm({ role, roleLabel, people }: { role: MentorRole; roleLabel: string; people: { value: string; label: string }[] }) {
  const { state, formAction, values, errors, formKey } = useActionForm(assignMentor, {});
  const f = (n: string) => `mentor-${role}-${n}`;
  return (
    <form key={state?.ok ? `ok-${JSON.stringify(state.data ?? "")}` : formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="role" value={role} />
      <SelectField
        label={`Person for ${roleLabel.toLowerCase()}`}
        name="personId"
        id={f("personId")}
        placeholder="Choose…"
        defaultValue={values.personId ?? ""}
        errors={errors.personId}
        options={people}
      />
      <TextField label="What they help with (optional)" name="note" id={f("note")} defaultValue={values.note} errors={errors.note} />
      {role === "UPPER_LEVEL" ? (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="strongYes" defaultChecked={values.strongYes === "on"} className="h-5 w-5" />
          Their opinion of me is a strong yes
        </label>
      ) : null}
      <FormMessage state={state} />
      <SubmitButton>Add to the board</SubmitButton>
    </form>
  );
}
