import type { ThreeTouchProgress } from "@/lib/rules/workspace";
import { formatShortDay } from "@/lib/dates";

/** The three steps as a compact, screen-reader-friendly progress list. */
export function ThreeTouch({ progress, compact = false }: { progress: ThreeTouchProgress; compact?: boolean }) {
  return (
    <ol aria-label={`3-touch progress: ${progress.completed} of 3`} className={`flex ${compact ? "gap-1" : "flex-wrap gap-2"}`}>
      {progress.steps.map((step, index) => (
        <li key={step.key} className="flex items-center gap-1 text-xs">
          <span
            aria-hidden="true"
            className={`inline-flex h-6 w-6 items-center justify-center rounded-full border text-xs font-bold ${
              step.done ? "border-green-700 bg-green-700 text-white" : "border-slate-400 text-slate-600 dark:text-slate-300"
            }`}
          >
            {step.done ? "✓" : index + 1}
          </span>
          <span className={compact ? "sr-only" : ""}>
            {step.label}
            {step.done && step.doneOn ? ` (${formatShortDay(step.doneOn)})` : ""}
            <span className="sr-only">{step.done ? ": done" : ": not yet"}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
