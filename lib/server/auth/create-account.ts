import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { uniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/server/audit/record-event";

export async function createAccount(input: { email: string; name: string; password: string }): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
    await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_up" });
    return user;
  } catch (error) {
    if (uniqueViolation(error) === "users_email_key") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead, or reset your password.", {
        fieldErrors: { email: ["An account with this email already exists."] },
      });
    }
    throw error;
  }
}
