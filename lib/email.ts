import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { htmlFromText } from "@/lib/email-template";
import { env, isProduction } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";

let transport: { url: string; transporter: Transporter } | undefined;

/** One transporter per SMTP_URL: a changed URL (tests point it at their own server) gets a fresh one. */
function transporterFor(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/**
 * An email. `html` is optional: without it the text is laid out as HTML too, so every message is multipart
 * text + HTML. `headers` carries List-Unsubscribe and the like. replyTo and cc: a message a resident sends from
 * the app answers to, and is copied to, their own address.
 */
export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  replyTo?: string;
  cc?: string;
};

export function canSendEmail(): boolean {
  return Boolean(env().SMTP_URL);
}

/** Whether a sign-in or reset link can reach the user: by SMTP, or printed to the log in development. */
export function canDeliverLinks(): boolean {
  return canSendEmail() || !isProduction();
}

/** What a user is told when mail cannot go out; the cause goes to the log, never to the page. */
export const MAIL_UNAVAILABLE = "We could not send email just now, so nothing was sent. Please try again in a few minutes.";

function mailFailure(error: unknown, what: string): AppError {
  const e = error as { code?: string; command?: string; message?: string } | null;
  logger.error({ err: e?.message ?? String(error), code: e?.code, command: e?.command }, what);
  // Its own code path: a refused SMTP connection must not read as "the database is briefly unavailable".
  return new AppError("UNAVAILABLE", MAIL_UNAVAILABLE);
}

let verifiedAt = 0;
/** How long a successful check of the mail server is trusted before the next request checks again. */
const VERIFIED_FOR_MS = 60_000;

/**
 * Throws UNAVAILABLE (and logs why) when SMTP is configured but its server cannot be reached. Forms that send mail
 * after answering call this first, for every address alike, so they can still say when nothing will arrive.
 */
export async function assertMailServerReachable(): Promise<void> {
  const { SMTP_URL } = env();
  if (!SMTP_URL || Date.now() - verifiedAt < VERIFIED_FOR_MS) return;
  try {
    await transporterFor(SMTP_URL).verify();
    verifiedAt = Date.now();
  } catch (error) {
    throw mailFailure(error, "mail server unreachable");
  }
}

/**
 * Sends through SMTP_URL when it is set. Without SMTP, in development only, the message is printed to the
 * server log so links can be followed locally; in production it refuses, and callers hide those features.
 */
export async function sendEmail(message: OutgoingEmail): Promise<"sent" | "logged"> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (SMTP_URL) {
    try {
      await transporterFor(SMTP_URL).sendMail({
        from: EMAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? htmlFromText(message.subject, message.text),
        headers: message.headers,
        replyTo: message.replyTo,
        cc: message.cc,
      });
    } catch (error) {
      verifiedAt = 0;
      throw mailFailure(error, "email could not be sent");
    }
    return "sent";
  }
  if (isProduction()) {
    throw new Error("SMTP_URL is not set: e-mail cannot be sent");
  }
  logger.info({ to: message.to, subject: message.subject }, `e-mail not sent (no SMTP_URL); its text follows\n${message.text}`);
  return "logged";
}
