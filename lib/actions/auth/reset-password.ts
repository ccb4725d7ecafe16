"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { newPasswordSchema, withConfirmation } from "@/lib/validation/auth";
import { resetPassword as resetPasswordDal } from "@/lib/server/auth/reset-password";

const resetSchema = withConfirmation(
  z.object({
    token: z.string().min(20, "This reset link is not valid.").max(200, "This reset link is not valid."),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  }),
  "password",
);

export const resetPassword = publicAction(resetSchema, async (input) => {
  await resetPasswordDal(input.token, input.password);
});
