"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordMessage as recordMessageDal } from "@/lib/server/messages/record-message";
import { recordMessageSchema } from "@/lib/validation/programs";

/**
 * The gated send: "Open in mail app", "Copy text" and "Send from Prelim Scout" all call this first. The honesty
 * rules run here, inside the transaction that records what is leaving; only a pass returns the text (and the mailto
 * link) to send. A block or an unconfirmed warning is an expected failure whose detail lists the findings; the draft
 * stays in the form.
 */
export const recordMessage = residentAction(recordMessageSchema, async (input, viewer) => {
  const outcome = await recordMessageDal(viewer, input, await getNow());
  if (outcome.status === "blocked") {
    const first = outcome.findings.find((f) => f.severity === "block");
    throw new AppError("RULE_VIOLATION", first ? `Not sent: ${first.message}` : "Not sent: this message breaks a rule.", {
      detail: { findings: outcome.findings, blocked: true },
    });
  }
  if (outcome.status === "needs-confirmation") {
    throw new AppError("RULE_VIOLATION", "Read the warnings. If you still want to send it, confirm each one and try again.", {
      detail: { findings: outcome.findings, blocked: false },
    });
  }
  revalidatePath(`/programs/${input.programId}`);
  revalidatePath("/messages");
  revalidatePath("/dashboard");
  const { id, channel, messageStatus, subject, body, mailto } = outcome;
  return {
    ok: true as const,
    data: { id, channel, status: messageStatus, subject, body, mailto },
    message: messageStatus === "SENT" ? "Sent from Prelim Scout, with a copy to you." : "The checks passed.",
  };
});
