// "Use this rewrite" in the composer's Checks panel: a finding may carry an honest replacement for the sentence
// that triggered it. Applying it is a plain text edit the resident can see and undo by typing.
import type { Finding } from "@/lib/rules/message-rules";

export type DraftText = { subject: string; body: string };

/**
 * The draft with the finding's rewrite applied to its field (the body unless the finding says subject), or null
 * when there is nothing to apply: no rewrite, or its `from` text is no longer in that field because the resident
 * has edited it since the check. Only the first occurrence changes, the one the check quoted.
 */
export function applyRewrite(draft: DraftText, finding: Pick<Finding, "rewrite" | "field">): DraftText | null {
  const rewrite = finding.rewrite;
  if (!rewrite || rewrite.from === "") return null;
  const field = finding.field === "subject" ? "subject" : "body";
  const text = draft[field];
  const at = text.indexOf(rewrite.from);
  if (at === -1) return null;
  // Slicing, not String.replace: "$&" and similar sequences in `to` stay literal.
  const next = text.slice(0, at) + rewrite.to + text.slice(at + rewrite.from.length);
  return { ...draft, [field]: next };
}
