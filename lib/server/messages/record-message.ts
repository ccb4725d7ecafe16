import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import { constraintMeaning, violatedConstraint } from "@/lib/db/errors";
import { canSendEmail, sendEmail } from "@/lib/email";
import { AppError } from "@/lib/errors";
import type { MessageChannel } from "@/lib/labels/messages";
import { claimsFirstChoice, evaluateMessage, readMessageText, type Finding } from "@/lib/rules/message-rules";
import { recordEvent } from "@/lib/server/audit/record-event";
import { loadMessageContext } from "@/lib/server/messages/load-message-context";
import type { RecordMessageInput } from "@/lib/validation/programs";

export type RecordOutcome =
  | {
      status: "released";
      id: string;
      channel: MessageChannel;
      messageStatus: "PENDING" | "SENT";
      subject: string;
      body: string;
      mailto: string | null;
      warningsConfirmed: string[];
    }
  | { status: "blocked"; findings: Finding[] }
  | { status: "needs-confirmation"; findings: Finding[] };

/** When a concurrent request won the race, the database's constraint blocks with the rule's own sentence. */
function constraintFinding(error: unknown): Finding | null {
  const meaning = constraintMeaning(violatedConstraint(error)?.name ?? null);
  if (meaning?.rule !== "one-letter-of-intent" && meaning?.rule !== "single-first-choice") return null;
  return { rule: meaning.rule, severity: "block", message: meaning.message };
}

const GATE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

/** The link the mail app opens: built here, from the text the checks passed, and only for a message that passed. */
export function mailtoFor(subject: string, body: string, to = ""): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The resident's draft this send came from, if it is theirs and for this program. */
async function ownDraftId(tx: Tx, viewer: ResidentViewer, input: RecordMessageInput): Promise<string | null> {
  if (!input.draftId) return null;
  const draft = await tx.messageDraft.findFirst({
    where: { id: input.draftId, residentId: viewer.residentId, programId: input.programId },
    select: { id: true },
  });
  return draft?.id ?? null;
}

/**
 * The gated send. Every way out of the app (mail app, copy, the app's own email) comes here first: the honesty rules
 * run inside the transaction that records what is leaving, under a lock on the resident's profile row, so two tabs
 * are checked one after the other and the second sees the first. A pass writes the message as PENDING (the resident
 * then says whether they sent it); the one-letter-of-intent index and first-choice trigger claim the invariants at
 * this step. A block writes nothing but the draft's findings and an audit entry (rule and program, never the text);
 * warnings need the resident's explicit confirmation, stored with the message.
 */
export async function recordMessage(viewer: ResidentViewer, input: RecordMessageInput, now: Date): Promise<RecordOutcome> {
  if (input.channel === "APP_EMAIL" && !canSendEmail()) {
    throw new AppError("VALIDATION", "Sending from Prelim Scout is not set up on this server. Open the message in your mail app or copy it instead.");
  }
  let outcome: RecordOutcome;
  // Reading the text is the slow part of the rules; do it before taking the lock so sends queue only for the
  // history checks.
  readMessageText(input.subject, input.body);
  const claims = input.kind === "LETTER_OF_INTENT" || claimsFirstChoice(`${input.subject}\n${input.body}`);
  try {
    outcome = await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM resident_profiles WHERE user_id = ${viewer.residentId}::uuid FOR UPDATE`;
      const context = await loadMessageContext(tx, viewer, input.programId, input.cycleId);
      const draftId = await ownDraftId(tx, viewer, input);
      const findings = evaluateMessage({ programId: input.programId, kind: input.kind, subject: input.subject, body: input.body, sentAt: now }, context);
      const blocks = findings.filter((f) => f.severity === "block");
      if (draftId) {
        await tx.messageDraft.update({ where: { id: draftId }, data: { findings, blocked: blocks.length > 0, checkedAt: now } });
      }
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
          status: "PENDING",
          channel: input.channel,
          recipient: input.channel === "APP_EMAIL" ? (input.recipient ?? null) : null,
          draftId,
        },
        select: { id: true },
      });
      if (input.kind === "THANK_YOU" || input.kind === "INTEREST_UPDATE" || input.kind === "LETTER_OF_INTENT") {
        await tx.program.updateMany({
          where: { id: input.programId, residentId: viewer.residentId, status: "INTERVIEW_OFFERED" },
          data: { status: "INTERVIEWED" },
        });
      }
      return {
        status: "released",
        id: message.id,
        channel: input.channel,
        messageStatus: "PENDING",
        subject: input.subject,
        body: input.body,
        mailto: input.channel === "MAIL_APP" ? mailtoFor(input.subject, input.body) : null,
        warningsConfirmed: warnings.map((w) => w.rule),
      } as const;
      // One resident's sends queue behind the profile lock: a busy moment must not turn a queued send into "try again".
    }, GATE_TRANSACTION);
  } catch (error) {
    const finding = constraintFinding(error);
    if (!finding) throw error;
    outcome = { status: "blocked", findings: [finding] };
  }
  if (outcome.status === "blocked") {
    const program = await db().program.findFirst({ where: { id: input.programId, residentId: viewer.residentId }, select: { id: true } });
    if (!program) throw new AppError("NOT_FOUND", "That program was not found.");
    // The append-only log keeps the rule, the program's and draft's ids, never the text or the program's name.
    await recordEvent({
      actorId: viewer.userId,
      subjectUserId: viewer.residentId,
      action: "message.blocked",
      section: "messages",
      detail: {
        rules: outcome.findings.filter((f) => f.severity === "block").map((f) => f.rule),
        programId: input.programId,
        kind: input.kind,
        draftId: input.draftId ?? null,
      },
    });
  }
  if (outcome.status === "released" && outcome.channel === "APP_EMAIL") return sendFromApp(viewer, outcome, input.recipient ?? "", now);
  return outcome;
}

/**
 * The app's own email: the message is recorded (PENDING, holding its claims) before it leaves, then handed to the
 * mail server with the resident's address as Reply-To and a copy to them. Once the server takes it the record is
 * exact (SENT); if it refuses, nothing went out and the record becomes NOT_SENT, which releases the claims.
 */
async function sendFromApp(viewer: ResidentViewer, outcome: Extract<RecordOutcome, { status: "released" }>, to: string, now: Date): Promise<RecordOutcome> {
  try {
    await sendEmail({ to, subject: outcome.subject, text: outcome.body, replyTo: viewer.email, cc: viewer.email });
  } catch {
    await db().message.updateMany({
      where: { id: outcome.id, residentId: viewer.residentId, status: "PENDING" },
      data: { status: "NOT_SENT", answeredAt: now },
    });
    throw new AppError(
      "UNAVAILABLE",
      "The mail server did not take the message, so nothing was sent. Your draft is still here; try again or open it in your mail app.",
    );
  }
  await settleSent(db(), viewer, outcome.id, now);
  return { ...outcome, messageStatus: "SENT" };
}

/** Marks a pending message as sent: the draft it came from has done its job. */
export async function settleSent(tx: Tx, viewer: ResidentViewer, messageId: string, now: Date): Promise<boolean> {
  const updated = await tx.message.updateMany({
    where: { id: messageId, residentId: viewer.residentId, status: "PENDING" },
    data: { status: "SENT", answeredAt: now },
  });
  if (updated.count === 0) return false;
  const message = await tx.message.findFirstOrThrow({ where: { id: messageId, residentId: viewer.residentId }, select: { draftId: true } });
  if (message.draftId) await tx.messageDraft.deleteMany({ where: { id: message.draftId, residentId: viewer.residentId } });
  return true;
}
