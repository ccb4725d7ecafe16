"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordMessage as recordMessageDal } from "@/lib/server/messages/record-message";
import { recordMessageSchema } from "@/lib/validation/programs";

/**
 * "Mark as sent": the honesty rules run again here, inside the transaction. A block or an unconfirmed warning is
 * an expected failure whose detail lists the findings; the draft stays in the form.
 */
export const recordMessage = residentAction(recordMessageSchema, async (input, viewer) => {
  const outcome = await recordMessageDal(viewer, input, await getNow());
  if (outcome.status === "blocked") {
    const first = outcome.findings.find((f) => f.severity === "block");
    throw new AppError("RULE_VIOLATION", first ? `Not recorded: ${first.message}` : "Not recorded: this message breaks a rule.", { detail: { findings: outcome.findings, blocked: true } });
  }
  if (outcome.status === "needs-confirmation") {
    throw new AppError("RULE_VIOLATION", "Read the warnings below. If you still want to send it, confirm each one and mark it as sent again.", {
      detail: { findings: outcome.findings, blocked: false },
    });
  }
  revalidatePath(`/programs/${input.programId}`);
  revalidatePath("/messages");
  return { ok: true as const, data: { id: outcome.id }, message: "Recorded as sent." };
});
