import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { logger } from "@/lib/log";

let transport: Transporter | undefined;

/** replyTo and cc: a message a resident sends from the app answers to, and is copied to, their own address. */
export type OutgoingEmail = { to: string; subject: string; text: string; replyTo?: string; cc?: string };

export function canSendEmail(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** Whether a sign-in or reset link can reach the user: by SMTP, or printed to the log in development. */
export function canDeliverLinks(): boolean {
  return canSendEmail() || process.env.NODE_ENV !== "production";
}

/**
 * Sends through SMTP_URL when it is set. Without SMTP, in development only, the message is printed to the
 * server log so links can be followed locally; in production it refuses, and callers hide those features.
 */
export async function sendEmail(message: OutgoingEmail): Promise<"sent" | "logged"> {
  if (process.env.SMTP_URL) {
    transport ??= nodemailer.createTransport(process.env.SMTP_URL);
    await transport.sendMail({
      from: process.env.EMAIL_FROM ?? "Prelim Scout <no-reply@prelim-scout.local>",
      to: message.to,
      subject: message.subject,
      text: message.text,
      replyTo: message.replyTo,
      cc: message.cc,
    });
    return "sent";
  }
  if (process.env.NODE_ENV === "production") {
    throw new Error("SMTP_URL is not set: e-mail cannot be sent");
  }
  logger.info({ to: message.to, subject: message.subject }, `e-mail not sent (no SMTP_URL); its text follows\n${message.text}`);
  return "logged";
}
