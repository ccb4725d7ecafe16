import { SelectField, TextField } from "@/components/ui/field";
import { TRACKS, TRACK_LABELS, VISA_LABELS, VISA_STATUSES } from "@/lib/labels/profile";

export function ResidentProfileFields({ values, errors }: { values: Record<string, string>; errors: Record<string, string[]> }) {
  return (
    <div className="space-y-4">
      <SelectField
        label="Your track"
        name="track"
        required
        placeholder="Choose…"
        defaultValue={values.track ?? ""}
        errors={errors.track}
        options={TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] }))}
      />
      <TextField
        label="Program"
        name="programName"
        required
        defaultValue={values.programName}
        errors={errors.programName}
        hint="e.g. Preliminary Internal Medicine"
      />
      <TextField
        label="Institution"
        name="institution"
        required
        defaultValue={values.institution}
        errors={errors.institution}
        hint="e.g. Mercy General Hospital"
      />
      <TextField
        label="Program start date"
        name="programStartDate"
        type="date"
        required
        defaultValue={values.programStartDate}
        errors={errors.programStartDate}
        hint="Usually July 1. Applicants: the date your target year would start."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Did you graduate from a medical school outside the US or Canada (IMG)?</legend>
        <div className="flex gap-4">
          {(["yes", "no"] as const).map((v) => (
            <label key={v} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="isImg" value={v} defaultChecked={values.isImg === v} aria-describedby={errors.isImg ? "isImg-error" : undefined} />
              {v === "yes" ? "Yes" : "No"}
            </label>
          ))}
        </div>
        {errors.isImg ? (
          <p id="isImg-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.isImg.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        label="Visa status"
        name="visaStatus"
        required
        placeholder="Choose…"
        defaultValue={values.visaStatus ?? ""}
        errors={errors.visaStatus}
        options={VISA_STATUSES.map((v) => ({ value: v, label: VISA_LABELS[v] }))}
      />
    </div>
  );
}
