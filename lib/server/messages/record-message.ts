import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { constraintMeaning, violatedConstraint } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { claimsFirstChoice, evaluateMessage, readMessageText, type Finding } from "@/lib/rules/message-rules";
import { recordEvent } from "@/lib/server/audit/record-event";
import { loadMessageContext } from "@/lib/server/messages/load-message-context";
import type { RecordMessageInput } from "@/lib/validation/programs";

export type RecordOutcome =
  | { status: "sent"; id: string; warningsConfirmed: string[] }
  | { status: "blocked"; findings: Finding[] }
  | { status: "needs-confirmation"; findings: Finding[] };

/** When a concurrent request won the race, the database's constraint blocks with the rule's own sentence. */
function constraintFinding(error: unknown): Finding | null {
  const meaning = constraintMeaning(violatedConstraint(error)?.name ?? null);
  if (meaning?.rule !== "one-letter-of-intent" && meaning?.rule !== "single-first-choice") return null;
  return { rule: meaning.rule, severity: "block", message: meaning.message };
}

/**
 * Records a message as sent, after running the honesty rules inside the transaction. A block writes nothing but
 * an audit entry (rule and program, never the text); warnings need the resident's explicit confirmation, which is
 * stored with the message. The profile row lock serialises one resident's sends, and the database constraints
 * (one letter of intent, one first-choice program) hold even if that were bypassed.
 */
export async function recordMessage(viewer: ResidentViewer, input: RecordMessageInput, now: Date): Promise<RecordOutcome> {
  let outcome: RecordOutcome;
  // Reading the text is the slow part of the rules; do it before taking the lock so sends queue only for the
  // history checks.
  readMessageText(input.subject, input.body);
  const claims = input.kind === "LETTER_OF_INTENT" || claimsFirstChoice(`${input.subject}\n${input.body}`);
  try {
    outcome = await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM resident_profiles WHERE user_id = ${viewer.residentId}::uuid FOR UPDATE`;
      const context = await loadMessageContext(tx, viewer, input.programId, input.cycleId);
      const findings = evaluateMessage({ programId: input.programId, kind: input.kind, subject: input.subject, body: input.body, sentAt: now }, context);
      const blocks = findings.filter((f) => f.severity === "block");
      if (blocks.length) return { status: "blocked", findings } as const;
      const warnings = findings.filter((f) => f.severity === "warn");
      const unconfirmed = warnings.filter((w) => !input.confirmWarnings.includes(w.rule));
      if (unconfirmed.length) return { status: "needs-confirmation", findings: warnings } as const;
      const message = await tx.message.create({
        data: {
          residentId: viewer.residentId,
          programId: input.programId,
          cycleId: input.cycleId,
          kind: input.kind,
          subject: input.subject,
          body: input.body,
          sentAt: now,
          claimsFirstChoice: claims,
          confirmedWarnings: warnings.map((w) => w.rule),
        },
        select: { id: true },
      });
      if (input.kind === "THANK_YOU" || input.kind === "INTEREST_UPDATE" || input.kind === "LETTER_OF_INTENT") {
        await tx.program.updateMany({ where: { id: input.programId, residentId: viewer.residentId, status: "INTERVIEW_OFFERED" }, data: { status: "INTERVIEWED" } });
      }
      return { status: "sent", id: message.id, warningsConfirmed: warnings.map((w) => w.rule) } as const;
    });
  } catch (error) {
    const finding = constraintFinding(error);
    if (!finding) throw error;
    outcome = { status: "blocked", findings: [finding] };
  }
  if (outcome.status === "blocked") {
    const program = await db().program.findFirst({ where: { id: input.programId, residentId: viewer.residentId }, select: { id: true } });
    if (!program) throw new AppError("NOT_FOUND", "That program was not found.");
    // The append-only log keeps the rule and the program's id, never the text or the program's name.
    await recordEvent({
      actorId: viewer.userId,
      subjectUserId: viewer.residentId,
      action: "message.blocked",
      section: "messages",
      detail: { rules: outcome.findings.filter((f) => f.severity === "block").map((f) => f.rule), programId: input.programId, kind: input.kind },
    });
  }
  return outcome;
}
