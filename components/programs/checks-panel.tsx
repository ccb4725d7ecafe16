"use client";

import { ruleLabel } from "@/lib/labels/messages";
import type { Finding } from "@/lib/rules/message-rules";

type Props = {
  findings: Finding[];
  confirmed: string[];
  onConfirm: (rule: string, on: boolean) => void;
  onRewrite: (finding: Finding) => void;
  /** A sentence for screen readers after something changed the text (a rewrite). */
  announcement: string;
  /** "loading" until the rules have arrived in the browser; "failed" when they could not (the send still runs them on our side). */
  checks?: "ready" | "loading" | "failed";
};

function summary(findings: Finding[], checks: Props["checks"]): string {
  if (checks === "loading") return "Loading the checks…";
  if (checks === "failed") return "The checks could not load in this browser. They still run on our side when you send, and block anything they block.";
  if (findings.length === 0) return "No problems found.";
  const blocks = findings.filter((f) => f.severity === "block").length;
  const warnings = findings.length - blocks;
  const parts = [
    blocks ? `${blocks} ${blocks === 1 ? "problem blocks" : "problems block"} sending` : null,
    warnings ? `${warnings} ${warnings === 1 ? "warning" : "warnings"} to confirm` : null,
  ];
  return `${parts.filter(Boolean).join(", ")}.`;
}

/** The composer's honesty checks: per finding the rule's name, the sentence that triggered it, why it matters, and a rewrite when the rules offer one. */
export function ChecksPanel({ findings, confirmed, onConfirm, onRewrite, announcement, checks = "ready" }: Props) {
  const ordered = [...findings.filter((f) => f.severity === "block"), ...findings.filter((f) => f.severity === "warn")];
  return (
    <aside aria-label="Honesty checks" className="space-y-2 lg:col-start-3 lg:row-span-2 lg:row-start-1">
      <h2 className="text-base font-semibold">Checks</h2>
      <p
        aria-live="polite"
        className={
          checks !== "ready"
            ? "rounded-md border border-slate-300 p-3 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300"
            : findings.length === 0
              ? "rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
              : "text-sm font-medium"
        }
      >
        {summary(findings, checks)}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ul className="space-y-2">
        {ordered.map((f) => {
          const block = f.severity === "block";
          return (
            <li
              key={`${f.rule}-${f.quote ?? ""}`}
              className={`rounded-md border p-3 text-sm ${block ? "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50" : "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"}`}
            >
              <p className="font-semibold">
                {ruleLabel(f.rule)} <span className="font-normal">· {block ? "Blocks sending" : "Warning"}</span>
              </p>
              {f.quote ? (
                <blockquote className="my-1 border-l-4 border-current pl-2 italic">
                  <span className="sr-only">{f.field === "subject" ? "In the subject: " : "In the message: "}</span>
                  {f.quote}
                </blockquote>
              ) : null}
              <p>{f.message}</p>
              {f.rewrite ? (
                <div className="mt-2">
                  <p className="text-xs">
                    Suggested: <q>{f.rewrite.to || "(remove the sentence)"}</q>
                  </p>
                  <button
                    type="button"
                    className="mt-1 min-h-11 rounded-md border border-current px-3 text-sm font-semibold underline-offset-2 hover:underline"
                    onClick={() => onRewrite(f)}
                  >
                    Use this rewrite
                  </button>
                </div>
              ) : null}
              {!block ? (
                <label className="mt-2 flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-0.5 h-5 w-5 shrink-0"
                    checked={confirmed.includes(f.rule)}
                    onChange={(e) => onConfirm(f.rule, e.target.checked)}
                  />
                  <span>I have read this and still want to send it.</span>
                </label>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
