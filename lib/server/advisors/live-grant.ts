import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ADVISOR_SECTIONS, normalizeScopes, type AdvisorScope, type AdvisorSection } from "@/lib/rules/advisor-scopes";
import { scopeSet, type Scope } from "@/lib/server/advisors/field-access";
import { recordEvent } from "@/lib/server/audit/record-event";

/**
 * The one definition of a live advisor grant: not revoked, not expired at `now`. Advisors' pages, the advisor home
 * and the resident's sharing page all read grants through it, from the database on every request, so revoking or
 * letting a grant lapse takes effect on the advisor's next request whatever their session says.
 */
export function liveGrantWhere(now: Date): Prisma.AdvisorGrantWhereInput {
  return { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

/** The grants an advisor holds right now (optionally from one resident), for residents who finished onboarding. */
export function advisorGrantsWhere(viewer: Pick<Viewer, "userId">, now: Date, residentId?: string): Prisma.AdvisorGrantWhereInput {
  return { ...liveGrantWhere(now), advisorId: viewer.userId, ...(residentId ? { residentId } : {}), resident: { residentProfile: { isNot: null } } };
}

/** An advisor's access to one resident: who, and which scopes. No resident viewer is made up: advisor reads take this. */
export type AdvisorAccess = {
  residentId: string;
  /** The grant's scopes, with "grant", as lib/server/advisors/field-access.ts reads them. */
  scopes: ReadonlySet<Scope>;
  sharedScopes: AdvisorScope[];
  name: string;
  programName: string;
  institution: string;
  programStartDate: Date;
  joinedOn: Date | null;
};

/**
 * The advisor's live grant from one resident, and, for a section, its scope: anything else (a resident, another
 * advisor, a revoked or expired grant, a section outside the scopes) is "not found". A successful look at a
 * section is appended to the resident's access log (advisor, section, time) unless `record` is false.
 */
export async function requireAdvisorAccess(
  viewer: Viewer,
  residentId: string,
  now: Date,
  section: AdvisorSection | "overview" | "packet",
  options: { record?: boolean } = {},
): Promise<AdvisorAccess> {
  if (viewer.role !== "ADVISOR") throw new AppError("NOT_FOUND", "That resident was not found.");
  const grant = await db().advisorGrant.findFirst({
    where: advisorGrantsWhere(viewer, now, residentId),
    select: {
      scopes: true,
      resident: { select: { name: true, residentProfile: { select: { programName: true, institution: true, programStartDate: true, joinedOn: true } } } },
    },
  });
  const profile = grant?.resident.residentProfile;
  if (!grant || !profile) throw new AppError("NOT_FOUND", "That resident was not found.");
  const shared = normalizeScopes(grant.scopes);
  if (section !== "overview" && section !== "packet" && !shared.includes(ADVISOR_SECTIONS[section]))
    throw new AppError("NOT_FOUND", "That section was not found.");
  if (options.record !== false) await recordEvent({ actorId: viewer.userId, subjectUserId: residentId, action: "advisor.view", section });
  return {
    residentId,
    scopes: scopeSet(shared),
    sharedScopes: shared,
    name: grant.resident.name,
    programName: profile.programName,
    institution: profile.institution,
    programStartDate: profile.programStartDate,
    joinedOn: profile.joinedOn,
  };
}
