"use client";

import { useState } from "react";
import { logOutreach } from "@/lib/actions/plan/log-outreach";
import {
  OUTREACH_KEYS,
  OUTREACH_TEMPLATES,
  OUTREACH_VALUE_LABELS,
  renderOutreach,
  type OutreachKey,
  type OutreachValues,
} from "@/lib/rules/outreach-templates";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";

export type TemplatePerson = { id: string; name: string; title: string; email: string | null; specialty: string | null };
export type TemplateRotation = { id: string; service: string; month: string };

/**
 * Pick a template and a person: placeholders fill from the profile, the person and the rotation; anything still
 * missing is highlighted in the preview rather than silently left blank.
 */
export function TemplateWorkbench({ base, people, rotations }: { base: OutreachValues; people: TemplatePerson[]; rotations: TemplateRotation[] }) {
  const [key, setKey] = useState<OutreachKey>("intro-meeting-request");
  const [personId, setPersonId] = useState("");
  const [rotationId, setRotationId] = useState("");
  const [extra, setExtra] = useState<OutreachValues>({});
  const [copied, setCopied] = useState(false);
  // One line under the buttons for both the copy and the log: whichever happened last.
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const log = useAction(logOutreach, {
    onSuccess: (_data, logged) => setResult({ ok: true, text: logged.message ?? "Logged." }),
    onError: (failure) => setResult({ ok: false, text: failure.message }),
  });

  const person = people.find((p) => p.id === personId);
  const rotation = rotations.find((r) => r.id === rotationId);
  const values: OutreachValues = {
    ...base,
    // `institution` stays the resident's own hospital: "a preliminary resident at ..." is about them, not the reader.
    ...(person ? { personName: person.name, personTitle: person.title } : {}),
    ...(rotation ? { rotationService: rotation.service, rotationMonth: rotation.month } : {}),
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v)),
  };
  // Rendering is a few string replacements: cheap enough to do on every render.
  const rendered = renderOutreach(key, values);
  const text = `Subject: ${rendered.subject}\n\n${rendered.body}`;
  const mailto = `mailto:${person?.email ?? ""}?subject=${encodeURIComponent(rendered.subject)}&body=${encodeURIComponent(rendered.body)}`;
  const fillable = rendered.missing.filter((m) => !["personName", "personTitle", "rotationService", "rotationMonth"].includes(m));

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-3">
        <div>
          <label htmlFor="template" className="block text-sm font-medium">
            Template
          </label>
          <select
            id="template"
            className={inputClass}
            value={key}
            onChange={(e) => {
              setKey(e.target.value as OutreachKey);
              setResult(null);
              setCopied(false);
            }}
          >
            {OUTREACH_KEYS.map((k) => (
              <option key={k} value={k}>
                {OUTREACH_TEMPLATES[k].label}
              </option>
            ))}
          </select>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{OUTREACH_TEMPLATES[key].description}</p>
        </div>
        <div>
          <label htmlFor="person" className="block text-sm font-medium">
            To
          </label>
          <select id="person" className={inputClass} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">Choose a person…</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rotation" className="block text-sm font-medium">
            Rotation (optional)
          </label>
          <select id="rotation" className={inputClass} value={rotationId} onChange={(e) => setRotationId(e.target.value)}>
            <option value="">None</option>
            {rotations.map((r) => (
              <option key={r.id} value={r.id}>
                {r.service}, {r.month}
              </option>
            ))}
          </select>
        </div>
        {fillable.map((m) => (
          <div key={m}>
            <label htmlFor={`fill-${m}`} className="block text-sm font-medium">
              Fill in: {OUTREACH_VALUE_LABELS[m]}
            </label>
            <input id={`fill-${m}`} className={inputClass} value={extra[m] ?? ""} onChange={(e) => setExtra((x) => ({ ...x, [m]: e.target.value }))} />
          </div>
        ))}
      </div>
      <div className="space-y-3 lg:col-span-2">
        <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
          <h2 id="preview-title" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Preview
          </h2>
          <p className="mt-2 font-medium">{rendered.subject}</p>
          <p className="mt-2 whitespace-pre-wrap text-sm" data-testid="template-body">
            {rendered.parts.map((part, i) =>
              part.missing ? (
                <mark key={i} className="rounded bg-amber-200 px-0.5 text-amber-950">
                  {part.text}
                  <span className="sr-only"> (missing)</span>
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
          {rendered.missing.length ? (
            <p className="mt-2 text-sm text-amber-800 dark:text-amber-300" role="status">
              Still missing: {rendered.missing.map((m) => OUTREACH_VALUE_LABELS[m]).join(", ")}
            </p>
          ) : null}
        </section>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass("primary")}
            onClick={() => {
              void navigator.clipboard?.writeText(text).then(
                () => setCopied(true),
                () => setResult({ ok: false, text: "Copying was blocked by the browser; select the text and copy it instead." }),
              );
            }}
          >
            {copied ? "Copied" : "Copy to clipboard"}
          </button>
          <a href={mailto} className={buttonClass("secondary")}>
            Open in mail app
          </a>
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={!personId || log.pending}
            onClick={() => void log.run({ personId, templateKey: key, subject: rendered.subject, awaitingReply: true })}
          >
            I sent it: log the touch
          </button>
        </div>
        {!personId ? <p className="text-sm text-slate-600 dark:text-slate-400">Choose who it is for to log it as a touch.</p> : null}
        {result ? (
          <p
            role={result.ok ? "status" : "alert"}
            className={`text-sm font-medium ${result.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}
          >
            {result.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
