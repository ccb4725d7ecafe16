"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { answerMessage } from "@/lib/actions/messages/answer-message";
import { deleteDraft } from "@/lib/actions/messages/delete-draft";
import { recordMessage } from "@/lib/actions/messages/record-message";
import { saveDraft } from "@/lib/actions/messages/save-draft";
import { ChecksPanel } from "@/components/programs/checks-panel";
import { PendingMessages, type PendingMessage } from "@/components/programs/pending-messages";
import { useMessageEngine } from "@/components/programs/use-message-engine";
import { ActionButton } from "@/components/ui/action-button";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { MessageChannel } from "@/lib/labels/messages";
import { applyRewrite } from "@/lib/rules/apply-rewrite";
import type { Finding, MessageContext, MessageKind } from "@/lib/rules/message-rules";
import { MESSAGE_TEMPLATES, renderTemplate, type TemplateValues } from "@/lib/rules/message-templates";

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
/** Autosave waits for a pause in typing this long. */
const AUTOSAVE_MS = 700;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type InitialDraft = { id: string; kind: MessageKind; cycleId: string; subject: string; body: string; updatedAt: string } | null;

type Props = {
  programId: string;
  cycles: { id: string; name: string }[];
  defaultCycleId: string;
  contexts: Record<string, SerializedContext>;
  templateValues: TemplateValues;
  initialKind: MessageKind;
  draft: InitialDraft;
  /** Text to start from instead of the kind's template when there is no saved draft (a link's hand-over). */
  initialDraft?: { subject: string; body: string };
  /** Kinds that already have a draft for this program: choosing one opens it. */
  draftKinds: MessageKind[];
  /** This program's messages still waiting for "did you send it?". */
  pending: PendingMessage[];
  canSendFromApp: boolean;
  nowIso: string;
};

type Released = { id: string; channel: MessageChannel; status: "PENDING" | "SENT"; subject: string; body: string; mailto: string | null };
type SaveState = { state: "idle" | "unsaved" | "saving" | "saved" | "error"; at?: Date; message?: string };
type Backup = { subject: string; body: string; cycleId: string; at: number };

/**
 * A copy of what is typed, kept in this tab until the server has it: a reload or a typed address can end the page
 * before the last autosave lands. sessionStorage, not localStorage, so the text does not outlive the tab on a shared
 * computer.
 */
const backupKey = (programId: string, kind: MessageKind) => `prelim-scout:draft:${programId}:${kind}`;
function readBackupRaw(programId: string, kind: MessageKind): string | null {
  try {
    return sessionStorage.getItem(backupKey(programId, kind));
  } catch {
    return null;
  }
}
const noSubscription = () => () => {};
function parseBackup(raw: string | null): Backup | null {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<Backup>) : null;
    return value && typeof value.subject === "string" && typeof value.body === "string" && typeof value.cycleId === "string" && typeof value.at === "number"
      ? (value as Backup)
      : null;
  } catch {
    return null;
  }
}
function writeBackup(programId: string, kind: MessageKind, backup: Backup | null): void {
  try {
    if (backup) sessionStorage.setItem(backupKey(programId, kind), JSON.stringify(backup));
    else sessionStorage.removeItem(backupKey(programId, kind));
  } catch {
    // Storage full or disabled: the server autosave still runs.
  }
}

export function ComposeMessage({
  programId,
  cycles,
  defaultCycleId,
  contexts,
  templateValues,
  initialKind,
  draft,
  initialDraft,
  draftKinds,
  pending: waiting,
  canSendFromApp,
  nowIso,
}: Props) {
  const router = useRouter();
  const first = draft ?? { ...(initialDraft ?? renderTemplate(initialKind, templateValues)), kind: initialKind, cycleId: defaultCycleId, id: null };
  const [kind, setKind] = useState<MessageKind>(first.kind);
  const [cycleId, setCycleId] = useState(contexts[first.cycleId] ? first.cycleId : defaultCycleId);
  const [subject, setSubject] = useState(first.subject);
  const [body, setBody] = useState(first.body);
  const [recipient, setRecipient] = useState("");
  const [save, setSave] = useState<SaveState>(draft ? { state: "saved", at: new Date(draft.updatedAt) } : { state: "idle" });
  const [serverFindings, setServerFindings] = useState<Finding[] | null>(null);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [released, setReleased] = useState<Released | null>(null);
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  const mailLink = useRef<HTMLAnchorElement>(null);

  // Autosave: the latest text, whether it changed since the last save, and the save in flight (one at a time, so an
  // older text can never overwrite a newer one).
  const draftId = useRef<string | null>(draft?.id ?? null);
  const [savedDraftId, setSavedDraftId] = useState<string | null>(draft?.id ?? null);
  const latest = useRef({ kind, cycleId, subject, body });
  useLayoutEffect(() => {
    latest.current = { kind, cycleId, subject, body };
  });
  const dirty = useRef(false);
  const inflight = useRef<Promise<void> | null>(null);
  const kindBeforeChange = useRef<MessageKind>(kind);

  const flush = useCallback(async (): Promise<void> => {
    while (inflight.current) await inflight.current;
    if (!dirty.current) return;
    dirty.current = false;
    const snapshot = latest.current;
    setSave({ state: "saving" });
    inflight.current = (async () => {
      const res = await saveDraft({ draftId: draftId.current ?? "", programId, ...snapshot });
      if (res.ok) {
        draftId.current = res.data.id;
        setSavedDraftId(res.data.id);
        if (dirty.current) {
          setSave({ state: "unsaved" });
        } else {
          setSave({ state: "saved", at: new Date(res.data.savedAt) });
          writeBackup(programId, snapshot.kind, null);
        }
      } else {
        // The text stays in the form; the next edit tries again.
        dirty.current = true;
        setSave({ state: "error", message: res.message });
        if (res.code === "CONFLICT") setKind(kindBeforeChange.current);
      }
    })().finally(() => {
      inflight.current = null;
    });
    return inflight.current;
  }, [programId]);

  const touch = () => {
    dirty.current = true;
    setServerFindings(null);
    setAlert(null);
    // The last rewrite's notice speaks of the text it changed; any edit after it makes the notice stale. A rewrite sets
    // its own notice after calling this.
    setAnnouncement("");
    setSave((s) => (s.state === "error" ? s : { state: "unsaved" }));
  };

  // What a resident typed while the page was still loading is theirs: kept, saved and checked like any other edit.
  useTypedBeforeHydration([
    ["subject", subject, (typed) => (setSubject(typed), touch())],
    ["body", body, (typed) => (setBody(typed), touch())],
  ]);

  useEffect(() => {
    if (!dirty.current) return;
    writeBackup(programId, kind, { subject, body, cycleId, at: Date.now() });
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [programId, kind, cycleId, subject, body, flush]);

  // Text typed here that never reached the server (the page ended first) is offered back when the composer reopens.
  // Read once, as the page opened: the copy this page writes while the resident types is not "text from earlier".
  const openedWith = useRef<string | null | undefined>(undefined);
  const backupRaw = useSyncExternalStore(
    noSubscription,
    () => (openedWith.current === undefined ? (openedWith.current = readBackupRaw(programId, first.kind)) : openedWith.current),
    () => null,
  );
  const [backupHandled, setBackupHandled] = useState(false);
  const backup = useMemo(() => parseBackup(backupRaw), [backupRaw]);
  const restorable =
    !backupHandled && backup !== null && (!draft || backup.at > Date.parse(draft.updatedAt)) && (backup.subject !== first.subject || backup.body !== first.body)
      ? backup
      : null;
  function restoreBackup(use: boolean) {
    setBackupHandled(true);
    if (!restorable) return;
    if (!use) {
      writeBackup(programId, first.kind, null);
      return;
    }
    setSubject(restorable.subject);
    setBody(restorable.body);
    if (contexts[restorable.cycleId]) setCycleId(restorable.cycleId);
    touch();
  }

  // Leaving the page (a link, the back button, closing the tab) saves what is not saved yet. The browser asks
  // "leave this page?" only when the last save failed: then the text exists nowhere but here.
  const saveFailed = useRef(false);
  useEffect(() => {
    saveFailed.current = save.state === "error";
  }, [save.state]);
  useEffect(() => {
    const onHide = () => void flush();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      void flush();
      if (saveFailed.current && dirty.current) e.preventDefault();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      void flush();
    };
  }, [flush]);

  const context = contexts[cycleId];
  const engine = useMessageEngine();
  const evaluate = useCallback(
    (text: { subject: string; body: string }): Finding[] | null =>
      engine.status !== "ready" ? null : context ? engine.engine.evaluateMessage({ programId, kind, ...text, sentAt: new Date(nowIso) }, revive(context)) : [],
    [engine, context, programId, kind, nowIso],
  );
  // null until the rules have loaded (or when they could not load): the panel then says so instead of "no problems".
  const liveFindings = useMemo(() => evaluate({ subject, body }), [evaluate, subject, body]);
  // Once the message has passed the gate, the checks show what they said then: the page's refreshed context counts
  // the message itself as sent, and would otherwise flag it against itself.
  const [passedWith, setPassedWith] = useState<Finding[]>([]);
  const findings = released ? passedWith : (serverFindings ?? liveFindings ?? []);
  // What the panel can say: the rules' findings, or that they are still loading / could not load in this browser.
  const checks = !released && serverFindings === null && liveFindings === null ? (engine.status === "failed" ? "failed" : "loading") : "ready";
  const blocked = findings.some((f) => f.severity === "block");
  const unconfirmed = findings.filter((f) => f.severity === "warn" && !confirmed.includes(f.rule));
  const missing = useMemo(() => [...new Set([...`${subject}\n${body}`.matchAll(/\[([a-zA-Z]+)\]/g)].map((m) => m[1]!))], [subject, body]);

  function chooseKind(next: MessageKind) {
    if (next === kind) return;
    if (draftKinds.includes(next) && next !== draft?.kind) {
      // That kind already has a draft: save this one and open that one.
      void flush().then(() => router.push(`/programs/${programId}/compose?kind=${next}`));
      return;
    }
    const template = renderTemplate(kind, templateValues);
    const untouched = draftId.current === null && !dirty.current && subject === template.subject && body === template.body;
    kindBeforeChange.current = kind;
    setKind(next);
    setConfirmed([]);
    if (untouched) {
      const rendered = renderTemplate(next, templateValues);
      setSubject(rendered.subject);
      setBody(rendered.body);
      setNotice(null);
    } else {
      // Nothing typed is lost: the text stays, and the draft moves to the new kind.
      touch();
      setNotice(`Your text is kept. The ${MESSAGE_TEMPLATES[next].label.toLowerCase()} template is one click away.`);
    }
  }

  function useTemplate() {
    const rendered = renderTemplate(kind, templateValues);
    setSubject(rendered.subject);
    setBody(rendered.body);
    setNotice(null);
    touch();
  }

  function rewrite(finding: Finding) {
    const next = applyRewrite({ subject, body }, finding);
    if (!next) {
      setAnnouncement("That sentence has changed since the check, so the rewrite was not applied.");
      return;
    }
    setSubject(next.subject);
    setBody(next.body);
    touch();
    const after = evaluate(next);
    setAnnouncement(
      after === null ? "Rewrite applied." : `Rewrite applied. The checks ran again: ${after.length === 0 ? "no problems found" : `${after.length} left`}.`,
    );
  }

  // The gate: the last text is saved first, so the message recorded is the draft the resident sees. `findings` here
  // are the ones on screen when the button was pressed.
  const gate = useAction(
    async (channel: MessageChannel) => {
      await flush();
      return recordMessage({
        programId,
        cycleId,
        kind,
        subject,
        body,
        confirmWarnings: confirmed,
        channel,
        draftId: draftId.current ?? "",
        recipient: channel === "APP_EMAIL" ? recipient : "",
      });
    },
    {
      onSuccess: async (message, _result, channel) => {
        setPassedWith(findings);
        setReleased(message);
        if (channel !== "COPY") return;
        try {
          await navigator.clipboard.writeText(`${message.subject}\n\n${message.body}`);
          setCopy("copied");
        } catch {
          setCopy("failed");
        }
      },
      onError: (res) => {
        const detail = res.detail as { findings?: Finding[] } | undefined;
        if (detail?.findings) setServerFindings(detail.findings);
        setAlert(res.fieldErrors ? Object.values(res.fieldErrors).flat().join(" ") : res.message);
      },
      // Nothing changes on the page yet: the message waits for the resident's answer (below), which moves on.
      refresh: false,
    },
  );
  function release(channel: MessageChannel) {
    setAlert(null);
    setCopy(null);
    void gate.run(channel);
  }

  useEffect(() => {
    if (released?.mailto) mailLink.current?.focus();
  }, [released]);

  const reply = useAction((input: { messageId: string; sent: boolean }) => answerMessage(input), {
    onSuccess: (_data, res, { sent }) => {
      if (sent) {
        router.push(`/programs/${programId}?sent=1`);
        router.refresh();
        return;
      }
      setReleased(null);
      setNotice(res.message ?? "Recorded as not sent.");
    },
    onError: (res) => setAlert(res.message),
    refresh: false,
  });
  function answer(sent: boolean) {
    if (released) void reply.run({ messageId: released.id, sent });
  }
  const pending = gate.pending || reply.pending;

  const saveText = released
    ? "The draft stays until you say you sent it."
    : save.state === "unsaved"
      ? "Not saved yet…"
      : save.state === "saving"
        ? "Saving draft…"
        : save.state === "saved" && save.at
          ? `Draft saved at ${save.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`
          : save.state === "idle"
            ? "Start typing: the draft saves itself."
            : "";

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <PendingMessages messages={waiting.filter((m) => m.id !== released?.id)} />
        {restorable ? (
          <div
            role="status"
            className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
          >
            <span>You typed more here earlier than was saved (the page closed before the last save).</span>
            <button type="button" className={buttonClass("secondary")} onClick={() => restoreBackup(true)}>
              Restore that text
            </button>
            <button type="button" className={buttonClass("ghost")} onClick={() => restoreBackup(false)}>
              Discard it
            </button>
          </div>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="kind" className="block text-sm font-medium">
              Kind of message
            </label>
            <select id="kind" className={inputClass} value={kind} onChange={(e) => chooseKind(e.target.value as MessageKind)} disabled={released !== null}>
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
            <select
              id="cycle"
              className={inputClass}
              value={cycleId}
              disabled={released !== null}
              onChange={(e) => {
                setCycleId(e.target.value);
                touch();
              }}
            >
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {notice ? (
          <p className="flex flex-wrap items-center gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
            {notice}
            {notice.startsWith("Your text is kept") ? (
              <button type="button" className="min-h-11 underline" onClick={useTemplate}>
                Replace my text with the template
              </button>
            ) : null}
          </p>
        ) : null}
        <div>
          <label htmlFor="subject" className="block text-sm font-medium">
            Subject
          </label>
          <input
            id="subject"
            className={inputClass}
            value={subject}
            readOnly={released !== null}
            onChange={(e) => {
              setSubject(e.target.value);
              touch();
            }}
          />
        </div>
        <div>
          <label htmlFor="body" className="block text-sm font-medium">
            Message
          </label>
          <textarea
            id="body"
            rows={14}
            className={`${inputClass} font-mono text-sm`}
            value={body}
            readOnly={released !== null}
            onChange={(e) => {
              setBody(e.target.value);
              touch();
            }}
            onBlur={() => void flush()}
            aria-describedby={missing.length ? "body-missing" : undefined}
          />
          {missing.length ? (
            <p id="body-missing" className="mt-1 rounded bg-amber-100 px-2 py-1 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
              Still to fill in: {missing.map((m) => `[${m}]`).join(", ")}
            </p>
          ) : null}
        </div>
        {canSendFromApp && !released ? (
          <div>
            <label htmlFor="recipient" className="block text-sm font-medium">
              Program&apos;s email address (only to send from Prelim Scout)
            </label>
            <input
              id="recipient"
              type="email"
              autoComplete="off"
              className={inputClass}
              value={recipient}
              onChange={(e) => setRecipient(e.target.value.trim())}
            />
          </div>
        ) : null}
      </div>
      <ChecksPanel
        findings={findings}
        confirmed={confirmed}
        onConfirm={(rule, on) => setConfirmed((c) => (on ? [...c, rule] : c.filter((r) => r !== rule)))}
        onRewrite={rewrite}
        announcement={announcement}
        checks={checks}
      />
      <div className="space-y-3 lg:col-span-2">
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {saveText}
        </p>
        {save.state === "error" ? (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            Not saved: {save.message} Your text is still here.
          </p>
        ) : null}
        {alert ? (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            {alert}
          </div>
        ) : null}
        {released ? (
          <SendPanel released={released} copy={copy} mailLink={mailLink} pending={pending} onAnswer={answer} />
        ) : blocked ? (
          <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50">
            <p className="font-semibold">Sending is blocked until the checks pass.</p>
            <p>Your draft is saved: it stays here and on the program page. Change what the checks point to, and the way out opens again.</p>
          </div>
        ) : (
          <div className="space-y-2">
            {unconfirmed.length ? <p className="text-sm">Confirm each warning in the checks to send.</p> : null}
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className={buttonClass("primary")}
                disabled={pending || checks === "loading" || unconfirmed.length > 0}
                onClick={() => release("MAIL_APP")}
              >
                Open in mail app
              </button>
              <button
                type="button"
                className={buttonClass("secondary")}
                disabled={pending || checks === "loading" || unconfirmed.length > 0}
                onClick={() => release("COPY")}
              >
                Copy text
              </button>
              {canSendFromApp ? (
                <button
                  type="button"
                  className={buttonClass("secondary")}
                  disabled={pending || checks === "loading" || unconfirmed.length > 0 || !EMAIL.test(recipient)}
                  onClick={() => release("APP_EMAIL")}
                >
                  Send from Prelim Scout
                </button>
              ) : null}
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {pending
                ? "Checking…"
                : checks === "loading"
                  ? "Loading the checks…"
                  : "Each way out runs the checks again on our side first, and then asks whether you sent it."}
              {canSendFromApp ? " Sent from Prelim Scout, replies come to your own address and you get a copy." : ""}
            </p>
          </div>
        )}
        {savedDraftId && !released ? (
          <ActionButton
            action={deleteDraft}
            input={{ draftId: savedDraftId }}
            variant="ghost"
            redirectTo={`/programs/${programId}`}
            confirm={{
              title: "Delete this draft?",
              body: "The text is removed for good. Messages you already sent are not affected.",
              confirmLabel: "Delete draft",
            }}
          >
            Delete draft
          </ActionButton>
        ) : null}
      </div>
    </div>
  );
}

function SendPanel({
  released,
  copy,
  mailLink,
  pending,
  onAnswer,
}: {
  released: Released;
  copy: "copied" | "failed" | null;
  mailLink: React.RefObject<HTMLAnchorElement | null>;
  pending: boolean;
  onAnswer: (sent: boolean) => void;
}) {
  return (
    <section
      aria-label="Send it"
      className="space-y-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-950 dark:border-green-800 dark:bg-green-950 dark:text-green-50"
    >
      {released.channel === "MAIL_APP" && released.mailto ? (
        <>
          <p>The checks passed on our side too.</p>
          <a ref={mailLink} href={released.mailto} className={buttonClass("primary")}>
            Open the message in your mail app
          </a>
        </>
      ) : null}
      {released.channel === "COPY" ? (
        copy === "failed" ? (
          <div>
            <p role="status">Your browser did not let us copy. Select the text below and copy it yourself.</p>
            <textarea
              readOnly
              rows={8}
              className={`${inputClass} mt-1 font-mono text-sm`}
              value={`${released.subject}\n\n${released.body}`}
              aria-label="Message to copy"
            />
          </div>
        ) : (
          <p role="status">{copy === "copied" ? "Copied to your clipboard: paste it into your email." : "Copying…"}</p>
        )
      ) : null}
      {released.channel === "APP_EMAIL" ? <p role="status">Sent from Prelim Scout, with a copy to you. Replies go to your own address.</p> : null}
      {released.status === "PENDING" ? (
        <div>
          <p className="font-semibold">Did you send it?</p>
          <p>Until you answer, the checks count it as sent, so the same promise cannot go to a second program.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={buttonClass("primary")} disabled={pending} onClick={() => onAnswer(true)}>
              I sent it
            </button>
            <button type="button" className={buttonClass("secondary")} disabled={pending} onClick={() => onAnswer(false)}>
              I didn&apos;t send it
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
