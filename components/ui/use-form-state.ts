"use client";

import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * React resets a form after its action runs. On failure we re-mount it (new key) with what the user typed as
 * default values, so nothing typed is lost. On success the form re-mounts when the saved values it was given change:
 * React's reset puts every field back to the default it had when the form mounted, and a controlled select keeps its
 * state while the browser shows that old default, so the next save would quietly send the old value back.
 */
export function formStateOf<T>(state: ActionResult<T> | null, initial: Record<string, string> = {}) {
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ? { ...initial, ...failed.values } : initial;
  return {
    values,
    errors: failed?.fieldErrors ?? {},
    formKey: failed ? JSON.stringify(failed.values ?? {}) + failed.message : `saved:${JSON.stringify(initial)}`,
  };
}
