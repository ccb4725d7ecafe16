"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { addComment } from "@/lib/actions/board/add-comment";
import { flagPost } from "@/lib/actions/board/flag-post";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FLAG_REASON_LABELS } from "@/lib/labels/board";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";

/** The action's answer beside its form: a success's sentence, or every field's error in one. */
function Message({ result }: { result: ActionResult<unknown> | null }) {
  const text = !result ? null : result.ok ? result.message : result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : result.message;
  if (!result || !text) return null;
  return (
    <p
      role={result.ok ? "status" : "alert"}
      className={`text-sm font-medium ${result.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}
    >
      {text}
    </p>
  );
}

/** Refreshes the page when anything happens to this post elsewhere (live, through the board's event stream). */
export function LivePost({ cohortId, postId }: { cohortId: string; postId: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(`/api/cohorts/${cohortId}/events`);
    source.addEventListener("board", (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { postId: string };
      if (data.postId === postId) router.refresh();
    });
    source.addEventListener("revoked", () => router.refresh());
    return () => source.close();
  }, [cohortId, postId, router]);
  return null;
}

export function FlagForm({ postId, cohortId }: { postId: string; cohortId: string }) {
  const router = useRouter();
  const { run, pending, result } = useAction(flagPost, {
    // A post hidden by this flag is no longer visible to this member: go back to the board and say why.
    onSuccess: (flag) => {
      if (flag.hidden) router.push(`/board/${cohortId}?notice=hidden`);
    },
  });
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ postId, reason, note });
      }}
    >
      <div>
        <label htmlFor="flag-reason" className="block text-sm font-medium">
          Why?
        </label>
        <select id="flag-reason" className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)}>
          <option value="">Choose…</option>
          {Object.entries(FLAG_REASON_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="flag-note" className="block text-sm font-medium">
          Note for the moderators (optional)
        </label>
        <input id="flag-note" className={inputClass} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("secondary")}>
        Flag this post
      </button>
      <Message result={result} />
    </form>
  );
}

export function CommentForm({ postId, parentId, label = "Add a comment" }: { postId: string; parentId?: string; label?: string }) {
  const [body, setBody] = useState("");
  const { run, pending, result } = useAction(addComment, { onSuccess: () => setBody("") });
  const id = `comment-${parentId ?? "top"}`;
  useTypedBeforeHydration([[id, body, setBody]]);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ postId, parentId, body });
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} rows={2} className={inputClass} value={body} onChange={(e) => setBody(e.target.value)} maxLength={2000} />
      <button type="submit" disabled={pending} className={buttonClass("secondary")}>
        {pending ? "Posting…" : parentId ? "Reply" : "Comment"}
      </button>
      <Message result={result} />
    </form>
  );
}
