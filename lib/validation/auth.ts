import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

/** A password being chosen (sign-up, reset, change): the same length rules and sentences everywhere. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** A new password typed twice; the second must match. */
export function withConfirmation<S extends z.ZodObject>(schema: S, field: string) {
  return schema.refine((v: Record<string, unknown>) => v[field] === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
}
