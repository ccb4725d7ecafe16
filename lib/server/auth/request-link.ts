import "server-only";
import { db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email";
import { renderEmail } from "@/lib/email-template";
import type { TokenPurpose } from "@/lib/db/generated/client";
import { issueToken } from "@/lib/server/auth/tokens";

const COPY: Record<TokenPurpose, { path: string; subject: string; intro: string; label: string; ignore: string }> = {
  MAGIC_LINK: {
    path: "/auth/magic",
    subject: "Your Prelim Scout sign-in link",
    intro: "Use this link to sign in to Prelim Scout. It works once, for 15 minutes.",
    label: "Sign in to Prelim Scout",
    ignore: "If you did not ask for it, you can ignore this message.",
  },
  PASSWORD_RESET: {
    path: "/reset-password",
    subject: "Reset your Prelim Scout password",
    intro: "Use this link to choose a new Prelim Scout password. It works once, for one hour.",
    label: "Choose a new password",
    ignore: "If you did not ask for it, your password is unchanged and you can ignore this message.",
  },
};

/**
 * Sends a sign-in or reset link when the account exists. Callers answer the same either way, so the form does
 * not reveal who has an account.
 */
export async function requestLink(email: string, purpose: TokenPurpose, baseUrl: string): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return;
  const token = await issueToken(user.id, purpose);
  const copy = COPY[purpose];
  const url = `${baseUrl.replace(/\/$/, "")}${copy.path}?token=${encodeURIComponent(token)}`;
  const message = renderEmail({
    subject: copy.subject,
    blocks: [{ paragraph: copy.intro }, { action: { label: copy.label, url } }, { paragraph: copy.ignore }],
  });
  await sendEmail({ to: user.email, ...message });
}
