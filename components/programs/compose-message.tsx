"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { evaluateMessage, type Finding, type MessageContext, type MessageKind } from "@/lib/rules/message-rules";
import { MESSAGE_TEMPLATES, renderTemplate, type TemplateValues } from "@/lib/rules/message-templates";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** The context as it crosses from server to client: dates as ISO strings. */
export type SerializedContext = {
  profile: MessageContext["profile"];
  program: Omit<MessageContext["program"], "interviewDate"> & { interviewDate: string | null };
  calendar: Record<keyof MessageContext["calendar"], string>;
  programContactedFirstDuringSoap: boolean;
  sentThisCycle: { programId: string; kind: MessageKind; sentAt: string; claimsFirstChoice: boolean }[];
};

function revive(c: SerializedContext): MessageContext {
  const cal = Object.fromEntries(Object.entries(c.calendar).map(([k, v]) => [k, new Date(v)])) as MessageContext["calendar"];
  return {
    profile: c.profile,
    program: { ...c.program, interviewDate: c.program.interviewDate ? new Date(c.program.interviewDate) : null },
    calendar: cal,
    programContactedFirstDuringSoap: c.programContactedFirstDuringSoap,
    sentThisCycle: c.sentThisCycle.map((m) => ({ ...m, sentAt: new Date(m.sentAt) })),
  };
}

const KIND_ORDER: MessageKind[] = ["PRE_APPLICATION", "THANK_YOU", "INTEREST_UPDATE", "LETTER_OF_INTENT", "FINAL_NOTE", "REPLY", "OTHER"];

type Props = {
  programId: string;
  cycles: { id: string; name: string }[];
  defaultCycleId: string;
  contexts: Record<string, SerializedContext>;
  templateValues: TemplateValues;
  initialKind: MessageKind;
  /** Text to start from instead of the kind's template (a draft handed over by a link). */
  initialDraft?: { subject: string; body: string };
  nowIso: string;
};

export function ComposeMessage({ programId, cycles, defaultCycleId, contexts, templateValues, initialKind, initialDraft, nowIso }: Props) {
  const router = useRouter();
  const first = initialDraft ?? renderTemplate(initialKind, templateValues);
  const [kind, setKind] = useState<MessageKind>(initialKind);
  const [cycleId, setCycleId] = useState(defaultCycleId);
  const [subject, setSubject] = useState(first.subject);
  const [body, setBody] = useState(first.body);
  const [serverFindings, setServerFindings] = useState<{ findings: Finding[]; blocked: boolean } | null>(null);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const context = contexts[cycleId];
  const findings = useMemo(
    () => (context ? evaluateMessage({ programId, kind, subject, body, sentAt: new Date(nowIso) }, revive(context)) : []),
    [context, programId, kind, subject, body, nowIso],
  );
  const missing = useMemo(() => [...new Set([...`${subject}\n${body}`.matchAll(/\[([a-zA-Z]+)\]/g)].map((m) => m[1]!))], [subject, body]);
  const blocks = findings.filter((f) => f.severity === "block");
  const warnings = findings.filter((f) => f.severity === "warn");

  function chooseKind(next: MessageKind) {
    setKind(next);
    const rendered = renderTemplate(next, templateValues);
    setSubject(rendered.subject);
    setBody(rendered.body);
    setServerFindings(null);
    setConfirmed([]);
    setResult(null);
  }

  function markSent() {
    setResult(null);
    startTransition(async () => {
      const res = await recordMessage({ programId, cycleId, kind, subject, body, confirmWarnings: confirmed });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Recorded as sent." });
        setServerFindings(null);
        router.push(`/programs/${programId}?sent=1`);
        router.refresh();
        return;
      }
      const detail = res.detail as { findings?: Finding[]; blocked?: boolean } | undefined;
      if (detail?.findings) setServerFindings({ findings: detail.findings, blocked: Boolean(detail.blocked) });
      setResult({ ok: false, message: res.fieldErrors ? Object.values(res.fieldErrors).flat().join(" ") : res.message });
    });
  }

  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const needsConfirm = serverFindings && !serverFindings.blocked ? serverFindings.findings : [];

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="kind" className="block text-sm font-medium">
              Kind of message
            </label>
            <select id="kind" className={inputClass} value={kind} onChange={(e) => chooseKind(e.target.value as MessageKind)}>
              {KIND_ORDER.map((k) => (
                <option key={k} value={k}>
                  {MESSAGE_TEMPLATES[k].label}
                </option>
              ))}
            </select>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{MESSAGE_TEMPLATES[kind].description}</p>
          </div>
          <div>
            <label htmlFor="cycle" className="block text-sm font-medium">
              Match cycle
            </label>
            <select id="cycle" className={inputClass} value={cycleId} onChange={(e) => setCycleId(e.target.value)}>
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <label htmlFor="subject" className="block text-sm font-medium">
            Subject
          </label>
          <input id="subject" className={inputClass} value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div>
          <label htmlFor="body" className="block text-sm font-medium">
            Message
          </label>
          <textarea id="body" rows={14} className={`${inputClass} font-mono text-sm`} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="body-missing" />
          {missing.length ? (
            <p id="body-missing" className="mt-1 rounded bg-amber-100 px-2 py-1 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
              Still to fill in: {missing.map((m) => `[${m}]`).join(", ")}
            </p>
          ) : null}
        </div>
        {result ? (
          <div role={result.ok ? "status" : "alert"} className={`rounded-md border p-3 text-sm ${result.ok ? "border-green-300 bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100" : "border-red-300 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}>
            {result.message}
          </div>
        ) : null}
        {needsConfirm.length ? (
          <fieldset className="space-y-2 rounded-md border border-amber-300 p-3 dark:border-amber-700">
            <legend className="px-1 text-sm font-semibold">Send anyway?</legend>
            {needsConfirm.map((w) => (
              <label key={w.rule} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1 h-5 w-5"
                  checked={confirmed.includes(w.rule)}
                  onChange={(e) => setConfirmed((c) => (e.target.checked ? [...c, w.rule] : c.filter((r) => r !== w.rule)))}
                />
                <span>
                  I have read this and still want to send it: <span className="font-medium">{w.message}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <a href={mailto} className={buttonClass("secondary")}>
            Open in mail app
          </a>
          <button type="button" className={buttonClass("primary")} disabled={pending} onClick={markSent}>
            {pending ? "Checking…" : needsConfirm.length ? "Send anyway and mark as sent" : "Mark as sent"}
          </button>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Prelim Scout does not send the email. Open it in your mail app, send it from there, then mark it as sent here so the rules know.
        </p>
      </div>
      <aside aria-label="Honesty checks" className="space-y-2">
        <h2 className="text-base font-semibold">Checks</h2>
        <div aria-live="polite" className="space-y-2">
          {findings.length === 0 ? (
            <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">No problems found.</p>
          ) : null}
          {[...blocks, ...warnings].map((f) => (
            <div
              key={`${f.rule}-${f.message}`}
              className={`rounded-md border p-3 text-sm ${f.severity === "block" ? "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50" : "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"}`}
            >
              <p className="font-semibold">
                {f.severity === "block" ? "Blocks sending" : "Warning"} · <code>{f.rule}</code>
              </p>
              <p>{f.message}</p>
            </div>
          ))}
        </div>
      </aside>
    </div>
  );
}
