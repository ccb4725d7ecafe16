"use client";

import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { buttonClass } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";

type Props = {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
  /** When set, a dialog asks for confirmation first (destructive actions). */
  confirm?: { title: string; body: string; confirmLabel: string };
  /** Where to go after success, e.g. "/board/[cohortId]": each [key] is that field of the action's result. Otherwise the page refreshes. */
  redirectTo?: string;
  pendingText?: string;
};

/** "/board/[cohortId]" with { cohortId: "c1" } is "/board/c1"; a missing field leaves the route as written. */
function fillRoute(route: string, data: unknown): string {
  const fields = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  return route.replace(/\[(\w+)\]/g, (segment, key: string) => (typeof fields[key] === "string" ? encodeURIComponent(fields[key]) : segment));
}

/** A button that runs one server action with fixed input (through useAction), shows its error next to it, and can confirm first. */
export function ActionButton({ action, input, children, variant = "secondary", className = "", confirm, redirectTo, pendingText }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const {
    run: start,
    pending,
    error,
  } = useAction(action, {
    onSuccess: (data) => {
      dialog.current?.close();
      if (redirectTo) router.push(fillRoute(redirectTo, data));
    },
  });
  const run = () => void start(input);

  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" disabled={pending} className={buttonClass(variant, className)} onClick={() => (confirm ? dialog.current?.showModal() : run())}>
        {pending && !confirm ? (pendingText ?? "Working…") : children}
      </button>
      {error && !confirm ? (
        <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
      {confirm ? (
        <dialog
          ref={dialog}
          aria-labelledby={titleId}
          className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          <h2 id={titleId} className="text-lg font-semibold">
            {confirm.title}
          </h2>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{confirm.body}</p>
          {error ? (
            <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : null}
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()} autoFocus>
              Keep it
            </button>
            <button type="button" className={buttonClass(variant === "danger" ? "danger" : "primary")} disabled={pending} onClick={run}>
              {pending ? (pendingText ?? "Working…") : confirm.confirmLabel}
            </button>
          </div>
        </dialog>
      ) : null}
    </span>
  );
}
