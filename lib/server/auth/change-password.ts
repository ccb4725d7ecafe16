import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";
import { endAllSessions } from "@/lib/server/auth/sessions";
import { clearAccountThrottle, reserveAccountAttempt } from "@/lib/server/auth/account-throttle";

/**
 * Changes the viewer's password after checking the current one (throttled like sign-in, so a borrowed session
 * cannot guess it). Every other session and every unused email link ends; the browser that made the change stays
 * signed in.
 */
export async function changePassword(viewer: Viewer, input: { currentPassword: string; newPassword: string }, currentSessionId: string): Promise<void> {
  await reserveAccountAttempt(viewer.email);
  const user = await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", "Your current password is not right.", { fieldErrors: { currentPassword: ["That is not your current password."] } });
  }
  await clearAccountThrottle(viewer.email);
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
    await endAllSessions(tx, viewer.userId, { except: currentSessionId });
    await recordEvent({ actorId: viewer.userId, subjectUserId: viewer.userId, action: "auth.password_changed" }, tx);
  });
}
