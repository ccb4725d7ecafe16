"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

/** A server action as a form calls it: React passes the previous result and the form's fields. */
export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

type Values = Record<string, string>;

/**
 * React resets a form after its action runs. On failure we re-mount it (new key) with what the user typed as
 * default values, so nothing typed is lost. On success the form re-mounts when the saved values it was given change:
 * React's reset puts every field back to the default it had when the form mounted, and a controlled select keeps its
 * state while the browser shows that old default, so the next save would quietly send the old value back.
 */
export function formState<T>(state: ActionResult<T> | null, initial: Values = {}) {
  const failed = state && !state.ok ? state : null;
  return {
    values: failed?.values ? { ...initial, ...failed.values } : initial,
    errors: failed?.fieldErrors ?? {},
    formKey: failed ? JSON.stringify(failed.values ?? {}) + failed.message : `saved:${JSON.stringify(initial)}`,
  };
}

/**
 * The one way a form calls a server action (decisions/0008). Built on useActionState, so the form posts before the
 * page has hydrated and React orders quick repeated submissions. Give the form `key={formKey}` and
 * `action={formAction}`, each field `defaultValue={values.x}` and `errors={errors.x}`, and show `state` in a
 * FormMessage (an aria-live region). `onSuccess` runs once per successful submission, after render: navigate there.
 */
export function useActionForm<T>(action: FormAction<T>, initialValues: Values = {}, options: { onSuccess?: (data: T) => void } = {}) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSuccess = useRef(options.onSuccess);
  useEffect(() => {
    onSuccess.current = options.onSuccess;
  });
  useEffect(() => {
    if (state?.ok) onSuccess.current?.(state.data);
  }, [state]);
  return { state, formAction, pending, ...formState(state, initialValues) };
}
