"use client";

import Link from "next/link";
import { useMemo, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Badge, Notice } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/labels/evidence";
import { bragSheetText, monthYear, type BragSheet } from "@/lib/rules/evidence";

function SheetSection({ id, title, className = "", children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0 dark:border-slate-700 dark:bg-slate-900 ${className}`}
    >
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Unticked items stay on screen, dimmed, and leave the printout and the copied text. */
function Include({ checked, onChange, label }: { checked: boolean; onChange: () => void; label: string }) {
  return (
    <label className="no-print mb-1 inline-flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={onChange} className="h-5 w-5" />
      Include<span className="sr-only"> {label}</span>
    </label>
  );
}

function toggle(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * The brag sheet for one writer. Everything starts included; unticking an item leaves it out of the copy and the
 * printout (nothing is deleted). Copying falls back to a selectable text box where the clipboard is unavailable.
 */
export function BragSheetView({ sheet }: { sheet: BragSheet }) {
  const [projects, setProjects] = useState(() => new Set(sheet.projects.map((p) => p.id)));
  const [feedback, setFeedback] = useState(() => new Set(sheet.feedback.map((q) => q.id)));
  const [statement, setStatement] = useState(true);
  const [status, setStatus] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const text = useMemo(() => bragSheetText(sheet, { projects, feedback, statement }), [sheet, projects, feedback, statement]);

  async function copy() {
    setFallback(null);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied. Paste it into your email to ${sheet.writer.name}.`);
    } catch {
      setFallback(text);
      setStatus("Your browser did not allow copying. The text is selected below: copy it from there.");
    }
  }

  const r = sheet.resident;
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass("primary")} onClick={copy}>
          Copy as text
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
          Print
        </button>
        <p role="status" aria-live="polite" className="text-sm">
          {status}
        </p>
      </div>
      {fallback ? (
        <div className="no-print">
          <label htmlFor="brag-text" className="block text-sm font-medium">
            Brag sheet as text
          </label>
          <textarea
            id="brag-text"
            readOnly
            rows={10}
            value={fallback}
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
      ) : null}
      {sheet.missing.length ? (
        <div className="no-print">
          <Notice title="To make this sheet stronger">
            <ul className="list-disc pl-5">
              {sheet.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            <p className="mt-1">
              <Link href="/evidence" className="underline">
                Add projects, feedback, CV and statement
              </Link>
            </p>
          </Notice>
        </div>
      ) : null}

      <SheetSection id="brag-who" title={r.name}>
        <p className="text-sm">
          {r.programName}, {r.institution}
        </p>
        <p className="mt-1 text-sm">{r.targetLabel ? `Applying for a categorical position in ${r.targetLabel}.` : "Target specialty not set yet."}</p>
        {sheet.workedTogether.length ? (
          <>
            <h3 className="mt-3 text-sm font-semibold">Where we worked together</h3>
            <ul className="list-disc pl-5 text-sm">
              {sheet.workedTogether.map((w) => (
                <li key={`${w.service}-${w.startsOn}`}>
                  {w.service}, {monthYear(w.startsOn)}
                  {monthYear(w.endsOn) !== monthYear(w.startsOn) ? ` to ${monthYear(w.endsOn)}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </SheetSection>

      <SheetSection id="brag-projects" title="Projects">
        {sheet.projects.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No projects recorded yet.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {sheet.projects.map((p) => {
              const on = projects.has(p.id);
              return (
                <li key={p.id} className={on ? "" : "opacity-60 print:hidden"}>
                  <Include checked={on} onChange={() => setProjects((s) => toggle(s, p.id))} label={p.title} />
                  <p className="font-medium">{p.title}</p>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge>{PROJECT_KIND_LABELS[p.kind]}</Badge>
                    <Badge tone={p.status === "COMPLETED" ? "good" : "brand"}>{PROJECT_STATUS_LABELS[p.status]}</Badge>
                    {p.mentorId === sheet.writer.id ? (
                      <Badge tone="good">Supervised by {sheet.writer.name}</Badge>
                    ) : p.mentorName ? (
                      <span>with {p.mentorName}</span>
                    ) : null}
                  </p>
                  {p.goal ? <p className="text-sm">Goal: {p.goal}</p> : null}
                  {p.output ? <p className="text-sm">Result: {p.output}</p> : null}
                  {p.outputUrl ? (
                    <p className="text-sm">
                      <ExternalLink href={p.outputUrl} />
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </SheetSection>

      <SheetSection id="brag-feedback" title="Feedback I received">
        {sheet.feedback.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No feedback recorded yet.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {sheet.feedback.map((q) => {
              const on = feedback.has(q.id);
              return (
                <li key={q.id} className={on ? "" : "opacity-60 print:hidden"}>
                  <Include checked={on} onChange={() => setFeedback((s) => toggle(s, q.id))} label={`the quote from ${q.personName}`} />
                  <blockquote className="border-l-4 border-brand-600 pl-3 italic">“{q.quote}”</blockquote>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {q.personName}, {monthYear(q.receivedOn)}
                    {q.service ? ` · ${q.service}` : ""}
                    {q.context ? ` · ${q.context}` : ""}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </SheetSection>

      <SheetSection id="brag-cv" title="CV">
        {sheet.cvUrl ? (
          <p className="text-sm">
            <ExternalLink href={sheet.cvUrl} />
          </p>
        ) : null}
        {sheet.cvNotes ? <p className="whitespace-pre-line text-sm">{sheet.cvNotes}</p> : null}
        {!sheet.cvUrl && !sheet.cvNotes ? <p className="text-sm text-slate-600 dark:text-slate-400">No CV link or highlights yet.</p> : null}
      </SheetSection>

      <SheetSection id="brag-statement" title="Personal statement (draft)" className={statement ? "" : "print:hidden"}>
        {sheet.statementDraft ? (
          <>
            <label className="no-print inline-flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" checked={statement} onChange={() => setStatement((v) => !v)} className="h-5 w-5" />
              Include the statement draft
            </label>
            <p className={`whitespace-pre-line text-sm ${statement ? "" : "opacity-60"}`}>{sheet.statementDraft}</p>
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No draft yet.</p>
        )}
      </SheetSection>
    </div>
  );
}
