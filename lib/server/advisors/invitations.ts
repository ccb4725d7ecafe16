import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { ResidentViewer, Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { consume } from "@/lib/auth/rate-limit";
import { canSendEmail, sendEmail } from "@/lib/email";
import { renderEmail } from "@/lib/email-template";
import { AppError } from "@/lib/errors";
import { normalizeScopes } from "@/lib/rules/advisor-scopes";
import { recordEvent } from "@/lib/server/audit/record-event";

const INVITE_DAYS = 14;
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Invites an advisor by email: a single-use link, valid for two weeks, sent by email when SMTP is configured and
 * always returned so the resident can copy it.
 */
/**
 * The invitation email. The subject is fixed: the resident's name is free text they typed, and in a subject line it
 * read as the sender's own words ("Your bank: verify at ..."). In the body it is quoted and on a line of its own,
 * with whitespace collapsed, so it cannot pose as the message's text.
 */
export function invitationEmail(to: string, residentName: string, url: string) {
  const name = residentName.replace(/\s+/g, " ").trim();
  return {
    to,
    ...renderEmail({
      subject: "An invitation to follow a residency plan on Prelim Scout",
      blocks: [
        { paragraph: "A Prelim Scout user would like you to see their residency plan, read-only. The name they gave is:" },
        { paragraph: `  "${name}"` },
        { paragraph: "If you do not know them, ignore this message; nothing happens unless you accept." },
        { action: { label: `Accept the invitation (valid for ${INVITE_DAYS} days, single use)`, url } },
        { paragraph: "You can create a free advisor account from that page. They choose what you see and can stop sharing at any time." },
      ],
    }),
  };
}

export async function inviteAdvisor(
  viewer: ResidentViewer,
  input: { email: string; scopes: string[]; grantEndsOn?: string },
  now: Date,
  baseUrl: string,
): Promise<{ url: string; emailed: boolean }> {
  const scopes = normalizeScopes(input.scopes);
  if (!scopes.length)
    throw new AppError("VALIDATION", "Choose at least one thing to share.", { fieldErrors: { scopes: ["Choose at least one thing to share."] } });
  if (input.email === viewer.email)
    throw new AppError("VALIDATION", "Invite someone else: you already see your own plan.", { fieldErrors: { email: ["That is your own address."] } });
  // Each invitation emails an address the resident typed: a daily cap keeps the product from becoming a mailer.
  await consume("advisorInvite", viewer.residentId, "advisor invitations today");
  const token = randomBytes(24).toString("base64url");
  await db().advisorInvitation.create({
    data: {
      residentId: viewer.residentId,
      email: input.email,
      tokenHash: hash(token),
      scopes,
      grantExpiresAt: input.grantEndsOn ? new Date(`${input.grantEndsOn}T23:59:59Z`) : null,
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
    },
  });
  const url = `${baseUrl}/advisor/accept/${token}`;
  let emailed = false;
  if (canSendEmail()) {
    await sendEmail(invitationEmail(input.email, viewer.name, url));
    emailed = true;
  }
  await recordEvent({ actorId: viewer.userId, subjectUserId: viewer.residentId, action: "advisor.invited", section: "advisors", detail: { scopes } });
  return { url, emailed };
}

export async function revokeInvitation(viewer: ResidentViewer, invitationId: string, now: Date): Promise<void> {
  const { count } = await db().advisorInvitation.updateMany({
    where: { id: invitationId, residentId: viewer.residentId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That invitation was not found or was already used.");
}

/** What the accept page shows: only the resident's name, and only while the link is usable. */
export async function previewInvitation(token: string, now: Date) {
  const invitation = await db().advisorInvitation.findUnique({
    where: { tokenHash: hash(token) },
    select: { scopes: true, expiresAt: true, acceptedAt: true, revokedAt: true, resident: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  return { residentName: invitation.resident.name, scopes: invitation.scopes };
}

/**
 * Accepts an invitation: one conditional update marks it used (a second click, or a second person, finds nothing),
 * then the grant is created, or the live one for this pair updated. An account without a role becomes an advisor.
 */
export async function acceptInvitation(viewer: Viewer, token: string, now: Date): Promise<{ residentId: string }> {
  if (viewer.role === "RESIDENT") {
    throw new AppError("FORBIDDEN", "This is a resident account. Sign in with (or create) a separate advisor account to accept the invitation.");
  }
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ resident_id: string; scopes: string[]; grant_expires_at: Date | null }[]>`
      UPDATE advisor_invitations SET accepted_at = ${now}, accepted_by = ${viewer.userId}::uuid
      WHERE token_hash = ${hash(token)} AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ${now}
      RETURNING resident_id, scopes, grant_expires_at`;
    const invitation = rows[0];
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation has expired, was already used, or was withdrawn. Ask the resident for a new one.");
    if (invitation.resident_id === viewer.userId) throw new AppError("FORBIDDEN", "You cannot accept your own invitation.");
    if (viewer.role === null) await tx.user.update({ where: { id: viewer.userId }, data: { role: "ADVISOR" } });
    const live = await tx.advisorGrant.findFirst({
      where: { residentId: invitation.resident_id, advisorId: viewer.userId, revokedAt: null },
      select: { id: true },
    });
    if (live) {
      await tx.advisorGrant.update({ where: { id: live.id }, data: { scopes: invitation.scopes, expiresAt: invitation.grant_expires_at } });
    } else {
      await tx.advisorGrant.create({
        data: { residentId: invitation.resident_id, advisorId: viewer.userId, scopes: invitation.scopes, expiresAt: invitation.grant_expires_at },
      });
    }
    await recordEvent({ actorId: viewer.userId, subjectUserId: invitation.resident_id, action: "advisor.accepted", section: "advisors" }, tx);
    return { residentId: invitation.resident_id };
  });
}
