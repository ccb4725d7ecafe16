import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

type Common = { label: string; name: string; errors?: string[]; hint?: ReactNode };

function describedBy(name: string, errors?: string[], hint?: ReactNode) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Wrapper({ label, name, errors, hint, children }: Common & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, name, errors, hint, ...props }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <Wrapper label={label} name={name} errors={errors} hint={hint}>
      <input id={name} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, errors, hint)} className={inputClass} {...props} />
    </Wrapper>
  );
}

export function TextAreaField({ label, name, errors, hint, ...props }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <Wrapper label={label} name={name} errors={errors} hint={hint}>
      <textarea id={name} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, errors, hint)} className={inputClass} {...props} />
    </Wrapper>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  placeholder,
  ...props
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Wrapper label={label} name={name} errors={errors} hint={hint}>
      <select id={name} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, errors, hint)} className={inputClass} {...props}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
