import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { formatDay, startOfDayUtc } from "@/lib/dates";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/log";
import { getPool } from "@/lib/db/pool";
import { thisWeek, type DueItem } from "@/lib/rules/workspace";
import { unsafeGetDueItems } from "@/lib/server/plan/get-due-items";

export type Digest = { subject: string; text: string; overdue: DueItem[]; thisWeek: DueItem[] };

const WEEK_MS = 7 * 86_400_000;
const DIGEST_LOCK_ID = 72707370;

/** The week as the dashboard shows it: the same due items, split the same way. */
export async function buildDigest(residentId: string, name: string, now: Date, baseUrl: string): Promise<Digest> {
  const { items } = await unsafeGetDueItems(residentId, now);
  const { overdue, dueThisWeek } = thisWeek(items, startOfDayUtc(now));
  const line = (item: DueItem) => `- ${formatDay(item.dueOn)}: ${item.title}\n  ${baseUrl}${item.href}`;
  const text = [
    `Hello ${name.split(" ")[0]},`,
    "",
    overdue.length || dueThisWeek.length ? "Here is your week in Prelim Scout." : "Nothing is due this week. A good week to log a touch or plan an intro meeting.",
    ...(overdue.length ? ["", `Overdue (${overdue.length}):`, ...overdue.map(line)] : []),
    ...(dueThisWeek.length ? ["", `Due in the next 7 days (${dueThisWeek.length}):`, ...dueThisWeek.map(line)] : []),
    "",
    `Turn this email off in Settings: ${baseUrl}/settings`,
  ].join("\n");
  const count = overdue.length + dueThisWeek.length;
  const subject = count ? `Your week: ${count} item${count === 1 ? "" : "s"} due` : "Your week: nothing due";
  return { subject, text, overdue, thisWeek: dueThisWeek };
}

export async function previewDigest(viewer: Viewer & { residentId: string }, now: Date, baseUrl: string) {
  const [digest, user] = await Promise.all([
    buildDigest(viewer.residentId, viewer.name, now, baseUrl),
    db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { digestEnabled: true, lastDigestAt: true } }),
  ]);
  return { ...digest, enabled: user.digestEnabled, lastSentAt: user.lastDigestAt };
}

export async function setDigestEnabled(viewer: Viewer, enabled: boolean): Promise<void> {
  await db().user.update({ where: { id: viewer.userId }, data: { digestEnabled: enabled } });
}

/**
 * The weekly job: one digest per opted-in resident at most every seven days. An advisory lock keeps several app
 * instances from sending the same week twice.
 */
export async function unsafeSendDueDigests(now: Date, baseUrl: string): Promise<number> {
  const client = await getPool().connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [DIGEST_LOCK_ID]);
    if (!rows[0]?.locked) return 0;
    try {
      const due = await db().user.findMany({
        where: { role: "RESIDENT", digestEnabled: true, residentProfile: { isNot: null }, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: new Date(now.getTime() - WEEK_MS) } }] },
        select: { id: true, name: true, email: true },
        take: 500,
      });
      let sent = 0;
      for (const user of due) {
        try {
          const digest = await buildDigest(user.id, user.name, now, baseUrl);
          await sendEmail({ to: user.email, subject: digest.subject, text: digest.text });
          await db().user.update({ where: { id: user.id }, data: { lastDigestAt: now } });
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
