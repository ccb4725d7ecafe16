"use client";

import { buttonClass } from "@/components/ui/button";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div
      role="alert"
      className="mx-auto max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <h1 className="text-xl font-semibold">This page could not load</h1>
      <p className="mt-2">Something went wrong on our side, or the database is briefly unavailable. Nothing you saved is lost. Try again in a few seconds.</p>
      <button type="button" onClick={reset} className={buttonClass("primary", "mt-4")}>
        Try again
      </button>
    </div>
  );
}
