import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";
import { consumeToken } from "@/lib/server/auth/tokens";
import { endAllSessions } from "@/lib/server/auth/sessions";

/** A reset proves control of the mailbox, not of the browsers signed in: every session and link ends with it. */
export async function resetPassword(token: string, password: string): Promise<void> {
  const userId = await consumeToken(token, "PASSWORD_RESET");
  if (!userId) throw new AppError("NOT_FOUND", "This reset link has expired or was already used. Ask for a new one.");
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endAllSessions(tx, userId);
    await recordEvent({ actorId: userId, subjectUserId: userId, action: "auth.password_reset" }, tx);
  });
}
