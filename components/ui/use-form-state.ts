"use client";

import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * React resets a form after its action runs. On failure we re-mount it (new key) with what the user typed as
 * default values, so nothing typed is lost; on success the fields show the saved values.
 */
export function formStateOf<T>(state: ActionResult<T> | null, initial: Record<string, string> = {}) {
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ? { ...initial, ...failed.values } : initial;
  return {
    values,
    errors: failed?.fieldErrors ?? {},
    formKey: failed ? JSON.stringify(failed.values ?? {}) + failed.message : "initial",
  };
}
