"use client";

import { useId, useState, type ReactNode } from "react";
import { reactToPost } from "@/lib/actions/board/react-to-post";
import { SOURCE_LABELS } from "@/lib/labels/board";
import { count } from "@/lib/labels/count";
import type { PostCardDto } from "@/lib/server/board/post-dto";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";

export type Reaction = { postId: string; kind: "CONFIRM" | "DISPUTE" | "INTEREST"; on: boolean; reason?: string; sourceType?: string; sourceLink?: string };
/** Shows a reaction at once in a list the page holds in client state, and returns how to take it back. */
export type OptimisticReaction = (r: Reaction) => Promise<() => void>;
type ReactablePost = Pick<
  PostCardDto,
  "id" | "isAuthor" | "mine" | "confirmCount" | "corroborationCount" | "disputeCount" | "interestCount" | "evidence" | "interested"
>;

/**
 * What a reaction does to a post, as the server will do it (lib/server/board/react-to-post.ts), for optimistic
 * updates: a confirmation names a source and confirms the post; "I heard it too" corroborates and re-dates a rumour
 * but leaves it a rumour; withdrawing takes back whichever the member gave.
 */
export function applyReaction<P extends ReactablePost>(post: P, r: Reaction, viewerName: string): P {
  const m = post.mine;
  if (r.kind === "INTEREST") {
    if (m.interested === r.on) return post;
    const interested = r.on ? [...(post.interested ?? []), viewerName] : (post.interested ?? []).filter((n) => n !== viewerName);
    return { ...post, mine: { ...m, interested: r.on }, interestCount: post.interestCount + (r.on ? 1 : -1), interested };
  }
  if (r.kind === "DISPUTE") {
    if (m.disputed === r.on) return post;
    return { ...post, mine: { ...m, disputed: r.on }, disputeCount: post.disputeCount + (r.on ? 1 : -1) };
  }
  if (!r.on) {
    if (!m.confirmed && !m.corroborated) return post;
    return {
      ...post,
      mine: { ...m, confirmed: false, corroborated: false },
      confirmCount: post.confirmCount - (m.confirmed ? 1 : 0),
      corroborationCount: post.corroborationCount - (m.corroborated ? 1 : 0),
    };
  }
  if (m.confirmed || (m.corroborated && !r.sourceType)) return post;
  if (r.sourceType) {
    return {
      ...post,
      mine: { ...m, confirmed: true, corroborated: false },
      confirmCount: post.confirmCount + 1,
      corroborationCount: post.corroborationCount - (m.corroborated ? 1 : 0),
      evidence: post.evidence === "DISPUTED" ? post.evidence : "CONFIRMED",
    };
  }
  return {
    ...post,
    mine: { ...m, corroborated: true },
    corroborationCount: post.corroborationCount + 1,
    evidence: post.evidence === "STALE" ? "FRESH_RUMOUR" : post.evidence,
  };
}

/** How members have vouched for a post, in words: confirmations name a source, corroborations do not. */
export function evidenceSummary(post: Pick<PostCardDto, "confirmCount" | "corroborationCount">): string {
  const parts = [
    post.confirmCount ? count(post.confirmCount, "confirmation") : null,
    post.corroborationCount ? count(post.corroborationCount, "member heard it too", "members heard it too") : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "No confirmations yet";
}

/**
 * Confirm (naming a source), "I heard it too", dispute and interest for one post, with the confirm and dispute forms.
 * Used on the board's cards (with optimistic updates) and on the post page (which refreshes). A form stays open with
 * what the member typed until the server accepts it.
 */
export function ReactionControls({
  post,
  optimistic,
  compact = false,
  children,
}: {
  post: ReactablePost;
  /**
   * The board's cards: the reaction shows at once and is taken back if refused. Nothing is refreshed after it: every
   * change raises a live event and the board refetches its list on that, so one reaction is one refetch. Without it
   * (the post page) the page refreshes after the reaction.
   */
  optimistic?: OptimisticReaction;
  compact?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const [panel, setPanel] = useState<"confirm" | "dispute" | null>(null);
  const [source, setSource] = useState("");
  const [link, setLink] = useState("");
  const [reason, setReason] = useState("");
  const { run, pending, error, fieldErrors, fail, reset } = useAction(
    async (r: Reaction) => {
      const undo = await optimistic?.(r);
      let result: Awaited<ReturnType<typeof reactToPost>> | undefined;
      try {
        result = await reactToPost(r);
        return result;
      } finally {
        if (!result?.ok) undo?.();
      }
    },
    { refresh: !optimistic },
  );

  const react = async (r: Reaction): Promise<boolean> => (await run(r)).ok;
  const toggle = (r: Reaction) => void run(r);
  const open = (which: "confirm" | "dispute") => {
    reset();
    setPanel(panel === which ? null : which);
  };
  const errorsOf = (field: string) => fieldErrors[field];
  const small = compact ? "min-h-9 py-1" : "";
  const m = post.mine;

  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">{evidenceSummary(post)}</p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {!post.isAuthor ? (
          <>
            <Toggle
              pressed={m.confirmed}
              on="primary"
              expanded={m.confirmed ? undefined : panel === "confirm"}
              disabled={pending}
              small={small}
              onClick={() => (m.confirmed ? toggle({ postId: post.id, kind: "CONFIRM", on: false }) : open("confirm"))}
            >
              {m.confirmed ? "Confirmed by you" : "Confirm with a source"}
            </Toggle>
            {!m.confirmed ? (
              <Toggle
                pressed={m.corroborated}
                on="primary"
                disabled={pending}
                small={small}
                onClick={() => toggle({ postId: post.id, kind: "CONFIRM", on: !m.corroborated })}
              >
                I heard it too
              </Toggle>
            ) : null}
            <Toggle
              pressed={m.disputed}
              on="danger"
              expanded={m.disputed ? undefined : panel === "dispute"}
              disabled={pending}
              small={small}
              onClick={() => (m.disputed ? toggle({ postId: post.id, kind: "DISPUTE", on: false }) : open("dispute"))}
            >
              {m.disputed ? "Disputed by you" : "Dispute"} ({post.disputeCount})
            </Toggle>
          </>
        ) : null}
        <Toggle
          pressed={m.interested}
          on="primary"
          disabled={pending}
          small={small}
          onClick={() => toggle({ postId: post.id, kind: "INTEREST", on: !m.interested })}
        >
          I&apos;m interested ({post.interestCount})
        </Toggle>
        {children}
      </div>
      {panel === "confirm" && !m.confirmed ? (
        <PanelForm
          submit={{ label: "Confirm", variant: "primary" }}
          pending={pending}
          small={small}
          onCancel={() => setPanel(null)}
          onSubmit={async () => {
            if (!source) return fail("Choose where you confirmed it.", { sourceType: ["Choose where you confirmed it."] });
            if (await react({ postId: post.id, kind: "CONFIRM", on: true, sourceType: source, sourceLink: link.trim() || undefined })) {
              setPanel(null);
              setLink("");
            }
          }}
        >
          <p id={`${id}-confirm-hint`} className="text-sm text-slate-600 dark:text-slate-400">
            A named source makes the post confirmed. If you only heard the same thing, use &ldquo;I heard it too&rdquo;: it counts, but the post stays a rumour.
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <PanelField id={`${id}-source`} label="Source" errors={errorsOf("sourceType")} hintId={`${id}-confirm-hint`}>
              {(a11y) => (
                <select {...a11y} className={inputClass} value={source} required onChange={(e) => setSource(e.target.value)}>
                  <option value="">Choose…</option>
                  {Object.entries(SOURCE_LABELS).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              )}
            </PanelField>
            <PanelField id={`${id}-link`} label="Link to the source (optional)" errors={errorsOf("sourceLink")}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  className={inputClass}
                  value={link}
                  maxLength={500}
                  onChange={(e) => setLink(e.target.value)}
                />
              )}
            </PanelField>
          </div>
        </PanelForm>
      ) : null}
      {panel === "dispute" && !m.disputed ? (
        <PanelForm
          submit={{ label: "Dispute", variant: "danger" }}
          pending={pending}
          small={small}
          onCancel={() => setPanel(null)}
          onSubmit={async () => {
            if (!reason.trim()) return fail("Say why you dispute it.", { reason: ["Say why you dispute it, so the author and others can check."] });
            if (await react({ postId: post.id, kind: "DISPUTE", on: true, reason })) {
              setPanel(null);
              setReason("");
            }
          }}
        >
          <PanelField id={`${id}-reason`} label="Why do you dispute it?" errors={errorsOf("reason")}>
            {(a11y) => <input {...a11y} className={inputClass} value={reason} required maxLength={500} onChange={(e) => setReason(e.target.value)} />}
          </PanelField>
        </PanelForm>
      ) : null}
      {/* Field errors show beside their fields; the sentence is still announced. */}
      <p role="alert" className={Object.keys(fieldErrors).length ? "sr-only" : "text-sm font-medium text-red-700 dark:text-red-400"}>
        {error}
      </p>
    </div>
  );
}

/** A reaction button that stays pressed while the member's reaction is on. */
function Toggle({
  pressed,
  on,
  expanded,
  disabled,
  small,
  onClick,
  children,
}: {
  pressed: boolean;
  on: "primary" | "danger";
  expanded?: boolean;
  disabled: boolean;
  small: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-expanded={expanded}
      disabled={disabled}
      className={buttonClass(pressed ? on : "secondary", small)}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The confirm and dispute forms: fields, then the submit and cancel buttons. */
function PanelForm({
  submit,
  pending,
  small,
  onSubmit,
  onCancel,
  children,
}: {
  submit: { label: string; variant: "primary" | "danger" };
  pending: boolean;
  small: string;
  onSubmit: () => Promise<unknown>;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass(submit.variant, small)}>
          {submit.label}
        </button>
        <button type="button" className={buttonClass("ghost", small)} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type FieldA11y = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled control with its error beside it, described by a hint and the error for screen readers. */
function PanelField({
  id,
  label,
  errors,
  hintId,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hintId?: string;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const describedBy = [hintId, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-48 flex-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
