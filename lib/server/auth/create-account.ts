import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";

export async function createAccount(input: { email: string; name: string; password: string }): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  // A taken email is users_email_key, which lib/db/constraints.ts turns into its sentence.
  const user = await db().user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
  await recordEvent({ actorId: user.id, subjectUserId: user.id, action: "auth.sign_up" });
  return user;
}
