import "server-only";
import { AppError } from "@/lib/errors";
import { checkPost, type PostDraft } from "@/lib/rules/board-rules";
import { parseDateOnly } from "@/lib/dates";
import type { PostInput } from "@/lib/validation/board";

export function toDraft(input: PostInput): PostDraft {
  return {
    kind: input.kind,
    openingLevel: input.openingLevel ?? null,
    specialty: input.specialty ?? null,
    programName: input.programName,
    institution: input.institution,
    location: input.location,
    pgyLevel: input.pgyLevel ?? null,
    expectedStart: input.expectedStart ?? null,
    title: input.title,
    body: input.body,
    evidence:
      input.evidenceKind === "RUMOUR"
        ? { kind: "RUMOUR", heardOn: input.heardOn ?? "", heardHow: input.heardHow ?? "" }
        : { kind: "CONFIRMED", sourceType: input.sourceType ?? null, confirmedOn: input.confirmedOn ?? null, link: input.sourceLink ?? null },
    acknowledgedPersonWarning: input.acknowledgedPersonWarning,
  };
}

/** Runs the board rules; any error becomes a VALIDATION failure with the rule's sentence on its field. */
export function assertPostAllowed(input: PostInput, now: Date) {
  const check = checkPost(toDraft(input), now);
  if (check.errors.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of check.errors) (fieldErrors[e.field.replace(/^evidence\./, "").replace(/^link$/, "sourceLink")] ??= []).push(e.message);
    throw new AppError("VALIDATION", check.errors[0]?.message ?? "Some fields need attention.", { fieldErrors, detail: { warnings: check.warnings } });
  }
  return check;
}

export function postColumns(input: PostInput) {
  const rumour = input.evidenceKind === "RUMOUR";
  return {
    kind: input.kind,
    openingLevel: input.kind === "OPENING" ? (input.openingLevel ?? null) : null,
    specialty: input.specialty ?? null,
    programName: input.programName,
    institution: input.institution,
    location: input.location,
    pgyLevel: input.pgyLevel ?? null,
    expectedStart: input.expectedStart ?? null,
    title: input.title,
    body: input.body,
    evidenceKind: input.evidenceKind,
    heardOn: rumour && input.heardOn ? parseDateOnly(input.heardOn) : null,
    heardHow: rumour ? (input.heardHow ?? null) : null,
    sourceType: rumour ? null : (input.sourceType ?? null),
    confirmedOn: !rumour && input.confirmedOn ? parseDateOnly(input.confirmedOn) : null,
    sourceLink: rumour ? null : (input.sourceLink ?? null),
    acknowledgedPersonWarning: input.acknowledgedPersonWarning,
  };
}
