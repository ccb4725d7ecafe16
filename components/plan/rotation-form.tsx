"use client";

import { saveRotation } from "@/lib/actions/plan/save-rotation";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function RotationForm({
  people,
  defaults,
  idPrefix,
}: {
  people: { id: string; name: string; isAList: boolean }[];
  defaults: Record<string, string>;
  idPrefix: string;
}) {
  const { state, formAction, values, errors, formKey } = useActionForm(saveRotation, defaults);
  const chosen = (values.attendingIds ?? "").split(",").filter(Boolean);
  const f = (n: string) => `${idPrefix}-${n}`;
  return (
    <form key={state?.ok ? `ok-${state.data.id}` : formKey} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="rotationId" value={values.rotationId ?? ""} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Service"
          name="service"
          id={f("service")}
          defaultValue={values.service}
          errors={errors.service}
          hint="e.g. Cardiology consults, MICU, Wards"
        />
        <TextField label="Site" name="site" id={f("site")} defaultValue={values.site} errors={errors.site} />
        <TextField label="Starts" name="startsOn" id={f("startsOn")} type="date" defaultValue={values.startsOn} errors={errors.startsOn} />
        <TextField label="Ends" name="endsOn" id={f("endsOn")} type="date" defaultValue={values.endsOn} errors={errors.endsOn} />
      </div>
      {people.length ? (
        <fieldset>
          <legend className="text-sm font-medium">Attendings</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {people.map((p) => (
              <label key={p.id} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="attendingIds" value={p.id} defaultChecked={chosen.includes(p.id)} className="h-5 w-5" />
                {p.name}
                {p.isAList ? <span className="rounded bg-brand-100 px-1 text-xs font-semibold text-brand-800">A-list</span> : null}
              </label>
            ))}
          </div>
          {errors.attendingIds ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.attendingIds.join(" ")}</p> : null}
        </fieldset>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Add people to your map to link attendings to rotations.</p>
      )}
      <FormMessage state={state} />
      <SubmitButton>{values.rotationId ? "Save rotation" : "Add rotation"}</SubmitButton>
    </form>
  );
}
