import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

type Common = { label: string; name: string; id?: string; errors?: string[]; hint?: ReactNode };

function describedBy(id: string, errors?: string[], hint?: ReactNode) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Wrapper({ label, id, errors, hint, children }: { label: string; id: string; errors?: string[]; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function a11y(id: string, errors?: string[], hint?: ReactNode) {
  return { id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy(id, errors, hint) } as const;
}

export function TextField({ label, name, id, errors, hint, ...props }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const fieldId = id ?? name;
  return (
    <Wrapper label={label} id={fieldId} errors={errors} hint={hint}>
      <input name={name} {...a11y(fieldId, errors, hint)} className={inputClass} {...props} />
    </Wrapper>
  );
}

export function TextAreaField({ label, name, id, errors, hint, ...props }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const fieldId = id ?? name;
  return (
    <Wrapper label={label} id={fieldId} errors={errors} hint={hint}>
      <textarea name={name} {...a11y(fieldId, errors, hint)} className={inputClass} {...props} />
    </Wrapper>
  );
}

export function SelectField({
  label,
  name,
  id,
  errors,
  hint,
  options,
  placeholder,
  ...props
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const fieldId = id ?? name;
  return (
    <Wrapper label={label} id={fieldId} errors={errors} hint={hint}>
      <select name={name} {...a11y(fieldId, errors, hint)} className={inputClass} {...props}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
