import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { htmlFromText } from "@/lib/email-template";
import { env, isProduction } from "@/lib/env";
import { logger } from "@/lib/log";

let transport: { url: string; transporter: Transporter } | undefined;

/**
 * An email. `html` is optional: without it the text is laid out as HTML too, so every message is multipart
 * text + HTML. `headers` carries List-Unsubscribe and the like.
 */
export type OutgoingEmail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

export function canSendEmail(): boolean {
  return Boolean(env().SMTP_URL);
}

/** Whether a sign-in or reset link can reach the user: by SMTP, or printed to the log in development. */
export function canDeliverLinks(): boolean {
  return canSendEmail() || !isProduction();
}

/**
 * Sends through SMTP_URL when it is set. Without SMTP, in development only, the message is printed to the
 * server log so links can be followed locally; in production it refuses, and callers hide those features.
 */
export async function sendEmail(message: OutgoingEmail): Promise<"sent" | "logged"> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (SMTP_URL) {
    if (transport?.url !== SMTP_URL) transport = { url: SMTP_URL, transporter: nodemailer.createTransport(SMTP_URL) };
    await transport.transporter.sendMail({
      from: EMAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? htmlFromText(message.subject, message.text),
      headers: message.headers,
    });
    return "sent";
  }
  if (isProduction()) {
    throw new Error("SMTP_URL is not set: e-mail cannot be sent");
  }
  logger.info({ to: message.to, subject: message.subject }, `e-mail not sent (no SMTP_URL); its text follows\n${message.text}`);
  return "logged";
}
