"use client";

import { buttonClass } from "@/components/ui/button";

export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg p-6">
      <div
        role="alert"
        className="rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
      >
        <h1 className="text-xl font-semibold">Something went wrong</h1>
        <p className="mt-2">The service may be briefly unavailable. Try again in a few seconds.</p>
        <button type="button" onClick={reset} className={buttonClass("primary", "mt-4")}>
          Try again
        </button>
      </div>
    </main>
  );
}
