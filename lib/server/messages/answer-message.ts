import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { settleSent } from "@/lib/server/messages/record-message";

/**
 * "I sent it" / "I didn't send it" for a message that passed the gate. Sent: the record stands and its draft is
 * gone. Not sent: the record stays as NOT_SENT (the rules no longer count it, and a first-choice claim or the
 * cycle's letter of intent it held is released by the database) and the draft stays for another try.
 */
export async function answerMessage(
  viewer: ResidentViewer,
  input: { messageId: string; sent: boolean },
  now: Date,
): Promise<{ programId: string; status: "SENT" | "NOT_SENT" }> {
  return db().$transaction(async (tx) => {
    const message = await tx.message.findFirst({ where: { id: input.messageId, residentId: viewer.residentId }, select: { programId: true, status: true } });
    if (!message) throw new AppError("NOT_FOUND", "That message was not found.");
    if (message.status !== "PENDING") {
      throw new AppError("CONFLICT", message.status === "SENT" ? "You already said you sent this message." : "You already said you did not send this message.");
    }
    if (input.sent) {
      await settleSent(tx, viewer, input.messageId, now);
      return { programId: message.programId, status: "SENT" as const };
    }
    await tx.message.updateMany({
      where: { id: input.messageId, residentId: viewer.residentId, status: "PENDING" },
      data: { status: "NOT_SENT", answeredAt: now },
    });
    return { programId: message.programId, status: "NOT_SENT" as const };
  });
}
