import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { normalizeScopes } from "@/lib/rules/advisor-scopes";
import { liveGrantWhere } from "@/lib/server/advisors/live-grant";
import { recordEvent } from "@/lib/server/audit/record-event";

/** Changes what an advisor sees; it applies on the advisor's next request, since grants are read per request. */
export async function updateGrant(viewer: ResidentViewer, input: { grantId: string; scopes: string[]; grantEndsOn?: string }): Promise<void> {
  const scopes = normalizeScopes(input.scopes);
  if (!scopes.length)
    throw new AppError("VALIDATION", "Choose at least one thing to share, or stop sharing instead.", {
      fieldErrors: { scopes: ["Choose at least one thing to share."] },
    });
  const { count } = await db().advisorGrant.updateMany({
    where: { id: input.grantId, residentId: viewer.residentId, revokedAt: null },
    data: { scopes, expiresAt: input.grantEndsOn ? new Date(`${input.grantEndsOn}T23:59:59Z`) : null },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", "That advisor was not found.");
  await recordEvent({
    actorId: viewer.userId,
    subjectUserId: viewer.residentId,
    action: "advisor.scopes_changed",
    section: "advisors",
    detail: { grantId: input.grantId, scopes },
  });
}

export async function revokeGrant(viewer: ResidentViewer, grantId: string, now: Date): Promise<void> {
  const { count } = await db().advisorGrant.updateMany({ where: { id: grantId, residentId: viewer.residentId, revokedAt: null }, data: { revokedAt: now } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That advisor was not found or no longer has access.");
  await recordEvent({ actorId: viewer.userId, subjectUserId: viewer.residentId, action: "advisor.revoked", section: "advisors", detail: { grantId } });
}

/** The resident's sharing page: live grants (the same predicate advisors are read through) and past ones, pending invitations, and every advisor view. */
export async function getSharing(viewer: ResidentViewer, now: Date) {
  const grantSelect = {
    id: true,
    scopes: true,
    expiresAt: true,
    revokedAt: true,
    createdAt: true,
    advisor: { select: { id: true, name: true, email: true } },
  } as const;
  const [live, past, invitations, views] = await Promise.all([
    db().advisorGrant.findMany({ where: { residentId: viewer.residentId, ...liveGrantWhere(now) }, orderBy: { createdAt: "desc" }, select: grantSelect }),
    db().advisorGrant.findMany({ where: { residentId: viewer.residentId, NOT: liveGrantWhere(now) }, orderBy: { createdAt: "desc" }, select: grantSelect }),
    db().advisorInvitation.findMany({
      where: { residentId: viewer.residentId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, scopes: true, expiresAt: true, createdAt: true },
    }),
    db().auditEvent.findMany({
      where: { subjectUserId: viewer.residentId, action: "advisor.view" },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, actorId: true, section: true, createdAt: true },
    }),
  ]);
  const names = new Map([...live, ...past].map((g) => [g.advisor.id, g.advisor.name]));
  const missing = [...new Set(views.map((v) => v.actorId).filter((id): id is string => Boolean(id) && !names.has(id!)))];
  if (missing.length) for (const u of await db().user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) names.set(u.id, u.name);
  return {
    live,
    past,
    invitations,
    views: views.map((v) => ({
      id: String(v.id),
      advisorName: (v.actorId && names.get(v.actorId)) || "A former advisor",
      section: v.section ?? "overview",
      at: v.createdAt,
    })),
  };
}
