/** The live region a form announces its outcome in (errors assertively, success politely). */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null | undefined }) {
  const message = state?.message;
  return (
    <div aria-live={state && !state.ok ? "assertive" : "polite"} role={state && !state.ok ? "alert" : "status"} className="min-h-0">
      {message ? (
        <p
          className={
            state?.ok
              ? "rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
              : "rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          }
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
