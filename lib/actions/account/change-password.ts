"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import { getSessionClaims } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { changePassword as changePasswordDal } from "@/lib/server/auth/change-password";
import { newPasswordSchema, withConfirmation } from "@/lib/validation/auth";

const changePasswordSchema = withConfirmation(
  z.object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH, "That is not your current password."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  }),
  "newPassword",
);

export const changePassword = authedAction(changePasswordSchema, async (input, viewer) => {
  const claims = await getSessionClaims();
  if (!claims) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  await changePasswordDal(viewer, input, claims.sessionId);
  return { ok: true as const, data: undefined, message: "Password changed. Your other devices are signed out." };
});
