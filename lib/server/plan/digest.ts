import "server-only";
import { unsubscribeToken, userIdOfUnsubscribeToken } from "@/lib/auth/unsubscribe-token";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { formatDay, startOfDayUtc } from "@/lib/dates";
import { sendEmail } from "@/lib/email";
import { renderEmail, type EmailBlock } from "@/lib/email-template";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { getPool } from "@/lib/db/pool";
import { describeSchedule, digestDue, type DigestSchedule } from "@/lib/rules/digest-schedule";
import { thisWeek, type DueItem } from "@/lib/rules/workspace";
import { unsafeGetDueItems } from "@/lib/server/plan/get-due-items";

export type Digest = { subject: string; text: string; html: string; overdue: DueItem[]; thisWeek: DueItem[] };

const DIGEST_LOCK_ID = 72707370;

// ---------------------------------------------------------------------------------------------------------------
// Unsubscribe links: signed, so a link in an email works without signing in and cannot be made for someone else.
// ---------------------------------------------------------------------------------------------------------------

function secret(): string {
  const value = env().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return value;
}

export const digestUnsubscribeToken = (userId: string) => unsubscribeToken(userId, secret());

/** Whether the digest is on for the token's owner, or null when the token is not ours. */
export async function digestStateForToken(token: string): Promise<{ enabled: boolean } | null> {
  const userId = userIdOfUnsubscribeToken(token, secret());
  if (!userId) return null;
  const user = await db().user.findUnique({ where: { id: userId }, select: { digestEnabled: true } });
  return user ? { enabled: user.digestEnabled } : null;
}

/** Turns the digest off for the token's owner. Idempotent; false for a token that is not ours. */
export async function unsubscribeFromDigest(token: string): Promise<boolean> {
  const userId = userIdOfUnsubscribeToken(token, secret());
  if (!userId) return false;
  const { count } = await db().user.updateMany({ where: { id: userId }, data: { digestEnabled: false } });
  return count === 1;
}

// ---------------------------------------------------------------------------------------------------------------

/** The week as the dashboard shows it: the same due items, split the same way. */
export async function buildDigest(residentId: string, name: string, now: Date, baseUrl: string): Promise<Digest> {
  const { items } = await unsafeGetDueItems(residentId, now);
  const { overdue, dueThisWeek } = thisWeek(items, startOfDayUtc(now));
  const item = (e: DueItem) => ({ text: `${formatDay(e.dueOn)}: ${e.title}`, url: `${baseUrl}${e.href}` });
  const due = overdue.length + dueThisWeek.length;
  const subject = due ? `Your week: ${due} item${due === 1 ? "" : "s"} due` : "Your week: nothing due";
  const blocks: EmailBlock[] = [
    { paragraph: `Hello ${name.split(" ")[0]},` },
    { paragraph: due ? "Here is your week in Prelim Scout." : "Nothing is due this week. A good week to log a touch or plan an intro meeting." },
    ...(overdue.length ? [{ list: { title: `Overdue (${overdue.length}):`, items: overdue.map(item) } }] : []),
    ...(dueThisWeek.length ? [{ list: { title: `Due in the next 7 days (${dueThisWeek.length}):`, items: dueThisWeek.map(item) } }] : []),
    { action: { label: "Open your dashboard", url: `${baseUrl}/dashboard` } },
  ];
  const email = renderEmail({
    subject,
    blocks,
    footer: [
      `Change the day and hour, or turn this email off, in Settings: ${baseUrl}/settings`,
      `Stop these emails with one click: ${baseUrl}/unsubscribe/${digestUnsubscribeToken(residentId)}`,
    ],
  });
  return { ...email, overdue, thisWeek: dueThisWeek };
}

/** List-Unsubscribe with RFC 8058 one-click: mail clients POST to the link and the digest stops, no sign-in. */
export function digestHeaders(userId: string, baseUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${baseUrl}/api/unsubscribe/${digestUnsubscribeToken(userId)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export type DigestSettings = { enabled: boolean; lastSentAt: Date | null; schedule: DigestSchedule | null; description: string | null };

function settingsOf(user: {
  digestEnabled: boolean;
  lastDigestAt: Date | null;
  digestWeekday: number | null;
  digestHour: number | null;
  timeZone: string | null;
}): DigestSettings {
  const schedule =
    user.digestWeekday !== null && user.digestHour !== null && user.timeZone
      ? { weekday: user.digestWeekday, hour: user.digestHour, timeZone: user.timeZone }
      : null;
  return { enabled: user.digestEnabled, lastSentAt: user.lastDigestAt, schedule, description: schedule ? describeSchedule(schedule) : null };
}

const SETTINGS_SELECT = { digestEnabled: true, lastDigestAt: true, digestWeekday: true, digestHour: true, timeZone: true } as const;

export async function getDigestSettings(viewer: Viewer): Promise<DigestSettings> {
  return settingsOf(await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: SETTINGS_SELECT }));
}

export async function previewDigest(viewer: Viewer & { residentId: string }, now: Date, baseUrl: string) {
  const [digest, settings] = await Promise.all([buildDigest(viewer.residentId, viewer.name, now, baseUrl), getDigestSettings(viewer)]);
  return { ...digest, ...settings };
}

export async function setDigestEnabled(viewer: Viewer, enabled: boolean): Promise<void> {
  await db().user.update({ where: { id: viewer.userId }, data: { digestEnabled: enabled } });
}

/** Choosing a day and hour turns the digest on; the first one goes at the first such moment from now on. */
export async function setDigestSchedule(viewer: Viewer, schedule: DigestSchedule, now: Date): Promise<void> {
  await db().user.update({
    where: { id: viewer.userId },
    data: { digestEnabled: true, digestWeekday: schedule.weekday, digestHour: schedule.hour, timeZone: schedule.timeZone, digestScheduledAt: now },
  });
}

async function deliver(user: { id: string; name: string; email: string }, now: Date, baseUrl: string): Promise<Digest> {
  const digest = await buildDigest(user.id, user.name, now, baseUrl);
  await sendEmail({ to: user.email, subject: digest.subject, text: digest.text, html: digest.html, headers: digestHeaders(user.id, baseUrl) });
  await db().user.update({ where: { id: user.id }, data: { lastDigestAt: now } });
  return digest;
}

/**
 * The hourly job: a digest to each resident whose chosen weekday and hour (in their time zone) has come since their
 * last one. An advisory lock keeps several app instances from sending the same week twice.
 */
export async function unsafeSendDueDigests(now: Date, baseUrl: string): Promise<number> {
  const client = await getPool().connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [DIGEST_LOCK_ID]);
    if (!rows[0]?.locked) return 0;
    try {
      const candidates = await db().user.findMany({
        where: { role: "RESIDENT", digestEnabled: true, residentProfile: { isNot: null }, digestScheduledAt: { not: null, lte: now } },
        select: { id: true, name: true, email: true, lastDigestAt: true, digestWeekday: true, digestHour: true, timeZone: true, digestScheduledAt: true },
        take: 5000,
      });
      const due = candidates.filter((u) =>
        digestDue(
          now,
          { weekday: u.digestWeekday!, hour: u.digestHour!, timeZone: u.timeZone! },
          { lastSentAt: u.lastDigestAt, chosenAt: u.digestScheduledAt! },
        ),
      );
      let sent = 0;
      for (const user of due.slice(0, 500)) {
        try {
          await deliver(user, now, baseUrl);
          sent++;
        } catch (error) {
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, "weekly digest not sent");
        }
      }
      return sent;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [DIGEST_LOCK_ID]);
    }
  } finally {
    client.release();
  }
}

/** For the operator command: one resident's digest, now, whatever their schedule (or only its text, to preview). */
export async function unsafeDigestForEmail(email: string, now: Date, baseUrl: string, send: boolean): Promise<Digest> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, role: true, residentProfile: { select: { userId: true } } },
  });
  if (!user || user.role !== "RESIDENT" || !user.residentProfile)
    throw new AppError("NOT_FOUND", `No resident with the email ${email} (advisors get no digest).`);
  return send ? deliver(user, now, baseUrl) : buildDigest(user.id, user.name, now, baseUrl);
}
