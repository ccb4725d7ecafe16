import { ADVISOR_SCOPES, SCOPE_LABELS } from "@/lib/rules/advisor-scopes";

export function ScopeFields({ idPrefix, checked, errors }: { idPrefix: string; checked: string[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">What this advisor may see (read-only)</legend>
      {ADVISOR_SCOPES.map((scope) => {
        const info = SCOPE_LABELS[scope];
        return (
          <label key={scope} htmlFor={`${idPrefix}-${scope}`} className={`flex min-h-11 items-start gap-2 text-sm ${info.parent ? "ml-7" : ""}`}>
            <input id={`${idPrefix}-${scope}`} type="checkbox" name="scopes" value={scope} defaultChecked={checked.includes(scope)} className="mt-1 h-5 w-5" />
            <span>
              <span className="font-medium">{info.label}</span>
              <span className="block text-slate-600 dark:text-slate-400">{info.hint}</span>
            </span>
          </label>
        );
      })}
      {errors?.length ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">Advisors never see your cohort boards.</p>
    </fieldset>
  );
}
