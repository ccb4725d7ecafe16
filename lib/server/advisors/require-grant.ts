import "server-only";
import type { ResidentViewer, Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ADVISOR_SECTIONS, type AdvisorScope, type AdvisorSection } from "@/lib/rules/advisor-scopes";
import { recordEvent } from "@/lib/server/audit/record-event";

export type AdvisedResident = { subject: ResidentViewer; scopes: Set<AdvisorScope>; name: string; programName: string; institution: string };

/**
 * The advisor's access to one resident, read from the database on every request: a revoked or expired grant, or a
 * section outside its scopes, is "not found" whatever the advisor's session says. Every successful look is
 * appended to the audit log (advisor, section, time) for the resident to see.
 */
export async function requireGrant(
  viewer: Viewer,
  residentId: string,
  now: Date,
  section: AdvisorSection | "overview" | "packet",
  options: { record?: boolean } = {},
): Promise<AdvisedResident> {
  if (viewer.role !== "ADVISOR") throw new AppError("NOT_FOUND", "That resident was not found.");
  const grant = await db().advisorGrant.findFirst({
    where: { residentId, advisorId: viewer.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: {
      scopes: true,
      resident: { select: { id: true, name: true, email: true, residentProfile: { select: { programName: true, institution: true } } } },
    },
  });
  if (!grant || !grant.resident.residentProfile) throw new AppError("NOT_FOUND", "That resident was not found.");
  const scopes = new Set(grant.scopes as AdvisorScope[]);
  if (section !== "overview" && section !== "packet" && !scopes.has(ADVISOR_SECTIONS[section])) throw new AppError("NOT_FOUND", "That section was not found.");
  if (options.record !== false) await recordEvent({ actorId: viewer.userId, subjectUserId: residentId, action: "advisor.view", section });
  return {
    subject: { userId: grant.resident.id, residentId: grant.resident.id, email: grant.resident.email, name: grant.resident.name, role: "RESIDENT" },
    scopes,
    name: grant.resident.name,
    programName: grant.resident.residentProfile.programName,
    institution: grant.resident.residentProfile.institution,
  };
}
