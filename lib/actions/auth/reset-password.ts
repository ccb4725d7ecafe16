"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { resetPassword as resetPasswordDal } from "@/lib/server/auth/reset-password";

const resetSchema = z
  .object({
    token: z.string().min(20, "This reset link is not valid.").max(200, "This reset link is not valid."),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

export const resetPassword = publicAction(resetSchema, async (input) => {
  await resetPasswordDal(input.token, input.password);
});
