"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getSessionClaims } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { changePassword as changePasswordDal } from "@/lib/server/auth/change-password";

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH, "That is not your current password."),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

export const changePassword = authedAction(changePasswordSchema, async (input, viewer) => {
  const claims = await getSessionClaims();
  if (!claims) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  await changePasswordDal(viewer, input, claims.sessionId);
  return { ok: true as const, data: undefined, message: "Password changed. Your other devices are signed out." };
});
