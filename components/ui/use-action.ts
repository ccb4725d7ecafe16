"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult, ActionSuccess } from "@/lib/actions/safe-action";

/** A server action called with one input (or a function that wraps one: a sign-in, an optimistic update). */
export type ActionCall<I, T> = (input: I) => Promise<ActionResult<T>>;

export type UseActionOptions<I, T> = {
  /** Runs after a success, before the refresh, still inside the transition: navigate, show a one-time link, clear a field. */
  onSuccess?: (data: T, result: ActionSuccess<T>, input: I) => void | Promise<void>;
  onError?: (failure: ActionFailure, input: I) => void;
  /**
   * After a success the page's server components render again (router.refresh), so what the action changed shows.
   * Pass false where that would be wasted: the page is being left, or its data refreshes itself (the board's list
   * refetches on the live event every change raises).
   */
  refresh?: boolean;
};

// The action's request itself failed (offline, the server restarting): nothing was decided, so say to try again
// rather than replace the page, and whatever the user typed, with the error page.
const NOT_SENT: ActionFailure = { ok: false, code: "UNAVAILABLE", message: "That did not work. Check your connection and try again." };

/**
 * The one way to call a server action from anything but a plain form (decisions/0008): buttons, toggles, reactions,
 * flags, and forms that run code around the call (a sign-in, reading a file). `run(input)` starts it; `pending` is
 * true until it and `onSuccess` finish; `result` is the last answer and `error` its sentence, for an aria-live
 * region beside the control. `fail(message)` shows a check made before calling the server the same way.
 */
export function useAction<I, T>(action: ActionCall<I, T>, { onSuccess, onError, refresh = true }: UseActionOptions<I, T> = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);

  const run = (input: I): Promise<ActionResult<T>> => {
    // Cleared at once, outside the transition: a retry that fails the same way is announced again.
    setResult(null);
    return new Promise((resolve) =>
      startTransition(async () => {
        let outcome: ActionResult<T>;
        try {
          outcome = await action(input);
        } catch {
          outcome = NOT_SENT;
        }
        setResult(outcome);
        try {
          if (outcome.ok) {
            await onSuccess?.(outcome.data, outcome, input);
            if (refresh) router.refresh();
          } else {
            onError?.(outcome, input);
          }
        } finally {
          resolve(outcome);
        }
      }),
    );
  };

  const failure = result && !result.ok ? result : null;
  return {
    run,
    pending,
    result,
    error: failure?.message ?? null,
    fieldErrors: failure?.fieldErrors ?? {},
    fail: (message: string, fieldErrors?: Record<string, string[]>) => setResult({ ok: false, code: "VALIDATION", message, fieldErrors }),
    reset: () => setResult(null),
  };
}
