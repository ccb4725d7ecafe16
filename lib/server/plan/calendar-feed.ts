import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { unsafeGetDueItems } from "@/lib/server/plan/get-due-items";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function hasCalendarFeed(viewer: ResidentViewer): Promise<{ since: Date } | null> {
  const feed = await db().calendarFeed.findUnique({ where: { residentId: viewer.residentId }, select: { createdAt: true } });
  return feed ? { since: feed.createdAt } : null;
}

/** A new secret feed token; the previous URL stops working at once. Only a hash is stored, so the URL is shown once. */
export async function regenerateCalendarFeed(viewer: ResidentViewer): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db().calendarFeed.upsert({
    where: { residentId: viewer.residentId },
    create: { residentId: viewer.residentId, tokenHash: hash(token) },
    update: { tokenHash: hash(token), createdAt: new Date() },
  });
  return token;
}

export async function disableCalendarFeed(viewer: ResidentViewer): Promise<void> {
  await db().calendarFeed.deleteMany({ where: { residentId: viewer.residentId } });
}

/**
 * RFC 5545 3.1: content lines are folded at 75 octets, not characters. The ics package counts characters, so a title
 * with accented or non-Latin letters gave lines of 96 octets. Unfold, then fold again by octets without splitting a
 * UTF-8 sequence (a continuation line starts with one space, which counts).
 */
export function foldIcsLines(calendar: string): string {
  const folded = calendar
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map((line) => {
      const out: string[] = [];
      let current = "";
      let octets = 0;
      for (const char of line) {
        const size = Buffer.byteLength(char);
        if (octets + size > 75) {
          out.push(current);
          current = " ";
          octets = 1;
        }
        current += char;
        octets += size;
      }
      out.push(current);
      return out.join("\r\n");
    });
  return folded.join("\r\n");
}

const parts = (d: Date): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];

/** The feed for a token, or null (the route answers 404) when the token is unknown or was regenerated. */
export async function calendarForToken(token: string, now: Date, baseUrl: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({ where: { tokenHash: hash(token) }, select: { residentId: true } });
  if (!feed) return null;
  // Every due item, past and future, as the dashboard and the digest count them.
  const { items } = await unsafeGetDueItems(feed.residentId, now);
  // UIDs must be globally unique (RFC 5545): include the resident, since some item keys exist once per resident.
  const attributes: EventAttributes[] = items.map((item) => {
    const end = new Date(item.dueOn.getTime() + 86_400_000);
    return {
      uid: `${item.key}.${feed.residentId}@prelim-scout`,
      title: item.title,
      description: item.detail,
      url: `${baseUrl}${item.href}`,
      start: parts(item.dueOn),
      end: parts(end),
      startInputType: "utc",
      startOutputType: "local",
      productId: "prelim-scout/plan",
      calName: "Prelim Scout plan",
      status: "CONFIRMED",
      busyStatus: "FREE",
      transp: "TRANSPARENT",
    } as EventAttributes;
  });
  if (!attributes.length) {
    // An empty calendar is still a valid calendar.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:prelim-scout/plan",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Prelim Scout plan",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(attributes);
  if (error || !value) throw error ?? new Error("calendar could not be generated");
  return foldIcsLines(value);
}
